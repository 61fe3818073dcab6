/// Which .NET Framework versions Windows containers support.
public struct DotNetFrameworkSupport: Sendable, Hashable, Codable {
    /// The oldest supported version ("2.0").
    public var minimumVersion: String
    /// Where the fact comes from.
    public var source: String
    /// True when the fact is a conclusion rather than stated.
    @DefaultFalse public var inference: Bool
}
