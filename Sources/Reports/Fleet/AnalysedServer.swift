import ManifestReaders
import RuleEngine

/// What the fleet summary keeps of one server's check result: the plan and readiness per workload
/// and the active findings, without the per-rule descriptions every report repeats.
public struct AnalysedServer: Sendable, Hashable {
    /// The capture's name.
    public var name: String
    /// The captured server's own OS, "product name (build n)"; nil when the result does not say
    /// (a `findings.json` alone does not carry it).
    public var sourceOS: String?
    /// The target host, isolation and analysis date.
    public var target: CheckReport.Target
    /// Each workload with its plan and readiness.
    public var workloads: [WorkloadSummary]
    /// Findings not suppressed by a waiver or the baseline.
    public var activeFindings: [Finding]
    /// How many findings a waiver or the baseline suppressed.
    public var suppressed: Int
    /// The `--fail-on` threshold and whether the server failed it.
    public var gate: CheckReport.Gate
    /// Rule and input problems of the run.
    public var problems: [ProblemEntry]

    /// The server of `report`, with the source OS read from `host` when known.
    public init(report: CheckReport, host: HostInfo?) {
        name = report.capture
        sourceOS = host.flatMap(Self.osName)
        target = report.target
        workloads = report.workloads
        activeFindings = report.activeFindings
        suppressed = report.findings.count - activeFindings.count
        gate = report.gate
        problems = report.problems
    }

    /// The server's readiness: that of all its active findings, server-level ones included.
    public var readiness: Readiness { Readiness.of(activeFindings) }

    private static func osName(_ host: HostInfo) -> String? {
        switch (host.productName, host.build) {
        case let (name?, build?): "\(name) (build \(build))"
        case let (name?, nil): name
        case let (nil, build?): "build \(build)"
        case (nil, nil): nil
        }
    }
}
