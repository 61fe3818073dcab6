/// An ISAPI filter (`isapiFilters/filter`).
public struct IISISAPIFilter: Codable, Sendable, Hashable {
    public var name: String
    /// DLL path as written.
    public var path: String
    public var enabled: Bool
    /// `enableCache`, when set.
    public var enableCache: Bool?
    /// `preCondition`, e.g. "bitness64,runtimeVersionv4.0".
    public var preCondition: String?
    public var source: SourceLocation

    public init(
        name: String, path: String, enabled: Bool = true, enableCache: Bool? = nil,
        preCondition: String? = nil, source: SourceLocation
    ) {
        self.name = name
        self.path = path
        self.enabled = enabled
        self.enableCache = enableCache
        self.preCondition = preCondition
        self.source = source
    }
}
