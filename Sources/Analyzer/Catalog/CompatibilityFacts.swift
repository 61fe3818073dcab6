/// `compatibility.yaml`: the parameters of the host/image compatibility rules and the documented
/// matrix they must agree with. `HostImageCompatibility` applies them.
public struct CompatibilityFacts: Sendable, Hashable, Codable {
    /// The first build that can host Windows containers (14393).
    public var minimumHostBuild: BuildFact
    /// The LTSC builds with a stable container ABI (hcsshim `compatLTSCReleases`), ascending.
    public var stableABIBuilds: [BuildFact]
    /// The first client build on which Windows Server images run in process isolation.
    public var clientProcessIsolationMinimumBuild: BuildFact
    /// The first host build that can give containers a GPU.
    public var gpuMinimumHostBuild: BuildFact
    /// Builds whose host and image revisions must be equal in process isolation.
    public var revisionsMustMatch: [BuildFact]
    /// The February 2020 baseline revisions, per build.
    public var february2020Baseline: [BaselineRevisions]
    /// The documented cells.
    public var matrix: [CompatibilityRow]
}
