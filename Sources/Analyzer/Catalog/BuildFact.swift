/// A build number the compatibility rules use, with its source.
public struct BuildFact: Sendable, Hashable, Codable {
    /// The build number.
    public var build: Int
    /// Where the fact comes from.
    public var source: String
    /// True when the value is a conclusion rather than a stated fact.
    @DefaultFalse public var inference: Bool
}
