/// An application inside a site.
public struct IISApplication: Codable, Sendable, Hashable {
    /// Virtual path, e.g. "/" or "/api".
    public var path: String
    /// The application pool name (explicit, or inherited from `applicationDefaults`).
    public var applicationPool: String?
    /// `enabledProtocols`, split on commas and trimmed, e.g. ["http", "net.tcp"].
    public var enabledProtocols: [String]
    /// `preloadEnabled`, when set.
    public var preloadEnabled: Bool?
    /// Virtual directories in document order; the root one has path "/".
    public var virtualDirectories: [IISVirtualDirectory]
    public var source: SourceLocation

    public init(
        path: String, applicationPool: String?, enabledProtocols: [String] = ["http"],
        preloadEnabled: Bool? = nil, virtualDirectories: [IISVirtualDirectory] = [],
        source: SourceLocation
    ) {
        self.path = path
        self.applicationPool = applicationPool
        self.enabledProtocols = enabledProtocols
        self.preloadEnabled = preloadEnabled
        self.virtualDirectories = virtualDirectories
        self.source = source
    }
}
