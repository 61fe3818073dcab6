/// An installed .NET Framework version, from the `NET Framework Setup\NDP` registry keys.
public struct DotNetFramework: Codable, Sendable, Hashable {
    /// The product version, e.g. "4.8", "4.8.1", "3.5", "2.0".
    public var version: String
    /// The `Release` DWORD for 4.5 and later.
    public var release: Int?
    /// The exact `Version` value when present, e.g. "4.8.04084".
    public var fullVersion: String?
    public var source: SourceLocation

    public init(version: String, release: Int? = nil, fullVersion: String? = nil, source: SourceLocation) {
        self.version = version
        self.release = release
        self.fullVersion = fullVersion
        self.source = source
    }
}
