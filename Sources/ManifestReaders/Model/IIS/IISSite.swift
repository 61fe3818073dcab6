/// An IIS site (`system.applicationHost/sites/site`).
public struct IISSite: Codable, Sendable, Hashable {
    /// The site's `id` attribute.
    public var id: Int?
    public var name: String
    /// `serverAutoStart` (defaults to true, or to `siteDefaults`).
    public var serverAutoStart: Bool
    /// Applications in document order; the root application has path "/".
    public var applications: [IISApplication]
    /// Bindings in document order (all of them, every protocol).
    public var bindings: [IISBinding]
    /// Log file directory (`logFile@directory`, from the site or `siteDefaults`), raw.
    public var logDirectory: String?
    public var source: SourceLocation

    public init(
        id: Int?, name: String, serverAutoStart: Bool = true, applications: [IISApplication] = [],
        bindings: [IISBinding] = [], logDirectory: String? = nil, source: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.serverAutoStart = serverAutoStart
        self.applications = applications
        self.bindings = bindings
        self.logDirectory = logDirectory
        self.source = source
    }
}
