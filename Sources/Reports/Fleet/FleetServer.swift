import RuleEngine

/// One row of the fleet's server table.
public struct FleetServer: Sendable, Hashable, Codable {
    /// Whether the capture could be analysed.
    public enum Status: String, Sendable, Hashable, Codable {
        case ok
        case failed
    }

    public var name: String
    public var status: Status
    /// Why the capture could not be analysed (failed only).
    public var error: String?
    /// The captured server's OS, when known.
    public var sourceOS: String?
    /// The target host, "version (build n)" (analysed only).
    public var target: String?
    /// The readiness of all its active findings (analysed only).
    public var readiness: Readiness?
    /// Its workloads by readiness.
    public var workloads: Counts<Readiness>
    /// Its active findings by severity.
    public var findings: Counts<Severity>
    public var suppressed: Int
    /// The effort of its active findings, server-level ones included.
    public var effort: Int
    /// Whether it failed its gate (analysed only).
    public var gateFailed: Bool?
    /// Rule and input problems its report lists.
    public var problems: Int

    /// The row of `result`.
    public init(_ result: ServerResult) {
        name = result.name
        workloads = Counts()
        findings = Counts()
        suppressed = 0
        effort = 0
        problems = 0
        switch result {
        case .failed(let failure):
            status = .failed
            error = failure.error
        case .analysed(let server):
            status = .ok
            sourceOS = server.sourceOS
            target = server.target.displayName
            readiness = server.readiness
            for workload in server.workloads { workloads[workload.readiness] += 1 }
            for finding in server.activeFindings { findings[finding.severity] += 1 }
            suppressed = server.suppressed
            effort = server.activeFindings.map(\.effort).reduce(0, +)
            gateFailed = server.gate.failed
            problems = server.problems.count
        }
    }

    /// The table's order: by name; equal names (two captures of one server) failed first, then by
    /// error and effort, so that the order never depends on the order results arrived in.
    static func order(_ lhs: FleetServer, _ rhs: FleetServer) -> Bool {
        if lhs.name != rhs.name { return lhs.name < rhs.name }
        if lhs.status != rhs.status { return lhs.status == .failed }
        if lhs.error != rhs.error { return (lhs.error ?? "") < (rhs.error ?? "") }
        return lhs.effort < rhs.effort
    }
}

extension CheckReport.Target {
    /// "ltsc2025 (build 26100)".
    var displayName: String { "\(hostVersion) (build \(hostBuild))" }
}
