import RuleEngine

/// The fleet at a glance: readiness by server and workload, the blockers that stop most servers,
/// effort, and which base images, target hosts and source OS versions the fleet has. Its JSON is
/// `fleet.json`; `fleet.html` and `fleet.md` render it. Built by `build(from:)`, the same for
/// `assess` and for `merge` of the same results.
public struct FleetSummary: Sendable, Hashable, Codable {
    /// Version of this document's JSON shape. Bump on any incompatible change.
    public static let schemaVersion = 1

    public var schemaVersion: Int
    public var totals: Totals
    /// Every server, by name.
    public var servers: [FleetServer]
    /// Every workload of the analysed servers, by server and workload id.
    public var workloads: [FleetWorkload]
    /// Checks of category blocker with active findings, most findings first, ties by rule id.
    public var topBlockers: [FleetBlocker]
    /// Base image → workloads planned on it.
    public var baseImages: [RankedCount]
    /// Target host version → analysed servers.
    public var hostVersions: [RankedCount]
    /// Source OS (product name and build, or "unknown") → analysed servers.
    public var sourceOS: [RankedCount]

    /// Fleet-wide counts.
    public struct Totals: Sendable, Hashable, Codable {
        public var servers: Int
        public var analysed: Int
        public var failed: Int
        /// Analysed servers whose findings failed the gate.
        public var gateFailed: Int
        /// Checks that could not be evaluated, over all servers.
        public var ruleErrors: Int
        /// Analysed servers by the readiness of all their findings.
        public var serverReadiness: Counts<Readiness>
        public var workloads: Int
        public var workloadReadiness: Counts<Readiness>
        /// Active findings by severity.
        public var findings: Counts<Severity>
        public var suppressed: Int
        /// The effort (story points) of all active findings.
        public var effort: Int
        public var effortByCategory: Counts<CheckCategory>
    }

    /// What the fleet run means for a pipeline.
    public enum Verdict: Sendable, Hashable {
        /// Every capture analysed, every gate passed.
        case passed
        /// Every capture analysed; some server failed its gate.
        case gateFailed
        /// Some capture could not be analysed, or some check could not be evaluated.
        case incomplete
    }

    /// The verdict: incomplete over a failed gate over passed.
    public var verdict: Verdict {
        if totals.failed > 0 || totals.ruleErrors > 0 { return .incomplete }
        return totals.gateFailed > 0 ? .gateFailed : .passed
    }

    /// One sentence: servers analysed and failed, gates failed, workloads by readiness.
    public var headline: String {
        let readiness = Readiness.allCases.map { "\(totals.workloadReadiness[$0]) \($0.rawValue)" }
        return "\(totals.servers) servers: \(totals.analysed) analysed, \(totals.failed) failed, "
            + "\(totals.gateFailed) failed the gate; \(totals.workloads) workloads: \(readiness.joined(separator: ", "))"
    }
}
