/// A handler mapping (`handlers/add`).
public struct IISHandler: Codable, Sendable, Hashable {
    public var name: String
    /// URL path pattern, e.g. "*.aspx".
    public var path: String?
    public var verb: String?
    /// Managed handler type.
    public var type: String?
    /// Native modules that serve it, e.g. "IsapiModule", "FastCgiModule".
    public var modules: String?
    /// `scriptProcessor`, e.g. an ISAPI DLL or `php-cgi.exe`.
    public var scriptProcessor: String?
    public var preCondition: String?
    /// True for `<remove name="…"/>` entries.
    public var removed: Bool
    public var source: SourceLocation

    public init(
        name: String, path: String? = nil, verb: String? = nil, type: String? = nil,
        modules: String? = nil, scriptProcessor: String? = nil, preCondition: String? = nil,
        removed: Bool = false, source: SourceLocation
    ) {
        self.name = name
        self.path = path
        self.verb = verb
        self.type = type
        self.modules = modules
        self.scriptProcessor = scriptProcessor
        self.preCondition = preCondition
        self.removed = removed
        self.source = source
    }
}
