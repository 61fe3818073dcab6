import RuleEngine

/// Everything `check` decided for one capture, in the shape every emitter reads (JSON, SARIF,
/// JUnit, text). Its JSON form is the versioned `findings.json` document; `report` re-renders from it.
public struct CheckReport: Sendable, Hashable, Codable {
    /// Version of this document's JSON shape. Bump on any incompatible change.
    public static let schemaVersion = 1

    public var schemaVersion: Int
    /// The tool that wrote it.
    public var tool: ToolInfo
    /// The capture's name.
    public var capture: String
    /// Target host version name and build, isolation choice, analysis date.
    public var target: Target
    /// One entry per workload: its plan and its readiness after suppressions.
    public var workloads: [WorkloadSummary]
    /// Every check that ran (so SARIF can describe the rules and JUnit can list passing cases).
    public var rules: [RuleSummary]
    /// All findings, suppressed ones included (with `suppression` set).
    public var findings: [Finding]
    /// Waivers that have expired: they no longer suppress anything and are reported here.
    public var expiredWaivers: [ExpiredWaiverEntry]
    /// Checks that could not be loaded or evaluated, and reader errors that cost facts.
    public var problems: [ProblemEntry]
    /// The gate: the threshold and whether the run failed it.
    public var gate: Gate

    public init(tool: ToolInfo, capture: String, target: Target, workloads: [WorkloadSummary],
                rules: [RuleSummary], findings: [Finding], expiredWaivers: [ExpiredWaiverEntry],
                problems: [ProblemEntry], gate: Gate) {
        self.schemaVersion = CheckReport.schemaVersion
        self.tool = tool
        self.capture = capture
        self.target = target
        self.workloads = workloads
        self.rules = rules
        self.findings = findings
        self.expiredWaivers = expiredWaivers
        self.problems = problems
        self.gate = gate
    }

    /// Findings that count: not suppressed.
    public var activeFindings: [Finding] { findings.filter { $0.suppression == nil } }

    public struct ToolInfo: Sendable, Hashable, Codable {
        public var name: String
        public var version: String
        /// A web page about the tool, when there is one.
        public var informationURI: String?

        public init(name: String, version: String, informationURI: String? = nil) {
            self.name = name
            self.version = version
            self.informationURI = informationURI
        }
    }

    public struct Target: Sendable, Hashable, Codable {
        public var hostVersion: String
        public var hostBuild: Int
        public var isolation: String
        public var asOf: String

        public init(hostVersion: String, hostBuild: Int, isolation: String, asOf: String) {
            self.hostVersion = hostVersion
            self.hostBuild = hostBuild
            self.isolation = isolation
            self.asOf = asOf
        }
    }

    /// The threshold `--fail-on` set (nil for `never`) and the verdict.
    public struct Gate: Sendable, Hashable, Codable {
        public var failOn: Severity?
        public var failed: Bool

        public init(failOn: Severity?, failed: Bool) {
            self.failOn = failOn
            self.failed = failed
        }
    }
}

/// A workload with its plan and readiness.
public struct WorkloadSummary: Sendable, Hashable, Codable {
    public var id: String
    public var kind: String
    public var name: String
    public var image: String
    public var isolation: String
    public var compatible: Bool
    public var reasons: [String]
    public var readiness: Readiness
    /// Sum of the effort of its active findings.
    public var effort: Int

    public init(id: String, kind: String, name: String, image: String, isolation: String, compatible: Bool,
                reasons: [String], readiness: Readiness, effort: Int) {
        self.id = id
        self.kind = kind
        self.name = name
        self.image = image
        self.isolation = isolation
        self.compatible = compatible
        self.reasons = reasons
        self.readiness = readiness
        self.effort = effort
    }
}

/// How ready a workload is, from its active findings.
public enum Readiness: String, Sendable, Hashable, Codable, CaseIterable {
    /// No active findings (info findings allowed).
    case ready
    /// Active findings, none of them blockers.
    case readyWithChanges = "ready-with-changes"
    /// At least one active blocker.
    case blocked

    /// The readiness that `findings` (the workload's active findings) imply.
    public static func of(_ findings: [Finding]) -> Readiness {
        if findings.contains(where: { $0.category == .blocker }) { return .blocked }
        if findings.contains(where: { $0.severity != .info }) { return .readyWithChanges }
        return .ready
    }
}

/// What SARIF and JUnit need to know about a check.
public struct RuleSummary: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var severity: Severity
    public var category: CheckCategory
    public var effort: Int
    public var tags: [String]
    /// The remediation as written (a template), used as help text.
    public var help: String
    public var links: [String]

    public init(id: String, title: String, severity: Severity, category: CheckCategory, effort: Int,
                tags: [String], help: String, links: [String]) {
        self.id = id
        self.title = title
        self.severity = severity
        self.category = category
        self.effort = effort
        self.tags = tags
        self.help = help
        self.links = links
    }
}

/// A waiver whose expiry date has passed.
public struct ExpiredWaiverEntry: Sendable, Hashable, Codable {
    public var rule: String
    public var scope: String
    public var expires: String
    public var justification: String
    public var file: String
    public var line: Int

    public init(rule: String, scope: String, expires: String, justification: String, file: String, line: Int) {
        self.rule = rule
        self.scope = scope
        self.expires = expires
        self.justification = justification
        self.file = file
        self.line = line
    }
}

/// A rule error or a reader error, reported beside the findings.
public struct ProblemEntry: Sendable, Hashable, Codable {
    /// "rule" or "input".
    public var kind: String
    public var message: String
    public var file: String?
    public var line: Int?

    public init(kind: String, message: String, file: String?, line: Int?) {
        self.kind = kind
        self.message = message
        self.file = file
        self.line = line
    }
}
