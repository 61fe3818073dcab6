/// What the user asked the analysis to target.
public struct AnalysisOptions: Sendable, Hashable, Codable {
    /// The container host to plan for: "ltsc2019", "ltsc2022", "ltsc2025", a Windows release name
    /// known to the catalog, or a build number such as "26100". Default: the newest LTSC.
    public var host: String?
    /// The isolation mode to plan for.
    public var isolation: IsolationChoice
    /// How to split the server into workloads.
    public var split: WorkloadSplitter.Mode
    /// The day "now" is for dates (end of support, waiver expiry), as `YYYY-MM-DD`. Fixed by the
    /// caller so that the same input and options always give the same output.
    public var asOf: String

    public init(host: String? = nil, isolation: IsolationChoice = .auto,
                split: WorkloadSplitter.Mode = .perSiteAndService, asOf: String) {
        self.host = host
        self.isolation = isolation
        self.split = split
        self.asOf = asOf
    }
}

/// The isolation modes a user can ask for.
public enum IsolationChoice: String, Sendable, Hashable, Codable, CaseIterable {
    /// Process isolation: the host and image builds must fit (see `HostImageCompatibility`).
    case process
    /// Hyper-V isolation: the host runs images of its own build or older.
    case hyperv
    /// Process isolation where the host allows it, else Hyper-V.
    case auto
}
