import ManifestReaders

/// A unit that becomes one container: an IIS site, an added Windows service, or the whole server.
public struct Workload: Codable, Sendable, Hashable {
    /// What the workload is made of.
    public enum Kind: String, Codable, Sendable, Hashable {
        /// One IIS site with its applications.
        case iisSite
        /// One Windows service that did not ship with Windows.
        case windowsService
        /// Everything on the server in one container (`--one-workload-per-server`).
        case server
    }

    /// Stable identifier, unique within a capture, safe as a folder name: lower-case letters, digits
    /// and `-` (e.g. "site-contoso-intranet", "service-woodgroveorderprocessor").
    public var id: String
    public var kind: Kind
    /// The site or service name as the server knows it.
    public var name: String
    /// Where the workload is defined in the capture.
    public var source: SourceLocation

    public init(id: String, kind: Kind, name: String, source: SourceLocation) {
        self.id = id
        self.kind = kind
        self.name = name
        self.source = source
    }
}
