/// For one build, the first host and image revisions (UBR) on or after the February 2020 ("2B")
/// security baseline, which process-isolated containers must share with their host.
public struct BaselineRevisions: Sendable, Hashable, Codable {
    /// The build the revisions belong to.
    public var build: Int
    /// The first host revision at or after the baseline.
    public var hostRevision: Int
    /// The first image revision at or after the baseline.
    public var imageRevision: Int
    /// Where the fact comes from.
    public var source: String
    /// True when a value is a conclusion rather than a stated fact.
    @DefaultFalse public var inference: Bool
}
