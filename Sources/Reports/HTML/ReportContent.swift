import Analyzer
import RuleEngine

/// What `report.html` and `report.md` both show, computed once: the workloads with their plans,
/// requirements and findings, the findings in display order, and the dashboard counts.
struct ReportContent {
    let report: CheckReport
    /// The server's own OS against the catalog's lifecycle, when the capture has it.
    let sourceOS: SourceOSStatus?
    /// One entry per workload, in the assessment's order.
    let workloads: [WorkloadContent]
    /// Findings that count (not suppressed), in display order.
    let active: [Finding]
    /// Active findings that belong to no workload (the server itself).
    let serverFindings: [Finding]
    /// Waived and baselined findings, in display order.
    let suppressed: [Finding]
    /// Sum of the effort of the active findings.
    let totalEffort: Int

    private let linksByRule: [String: [String]]
    private let namesByWorkload: [String: String]

    init(_ result: AssessmentResult, dockerfileLinks: [String: String]) {
        report = result.report
        sourceOS = result.assessment.sourceOS
        let order = Dictionary(result.report.workloads.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sorted = result.report.findings.sorted { Self.precedes($0, $1, workloadOrder: order) }
        active = sorted.filter { $0.suppression == nil }
        suppressed = sorted.filter { $0.suppression != nil }
        serverFindings = active.filter { $0.workload == nil }
        totalEffort = active.map(\.effort).reduce(0, +)
        linksByRule = Dictionary(result.report.rules.map { ($0.id, $0.links) }, uniquingKeysWith: { first, _ in first })
        namesByWorkload = Dictionary(result.report.workloads.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let assessed = Dictionary(result.assessment.workloads.map { ($0.workload.id, $0) }, uniquingKeysWith: { first, _ in first })
        let activeByWorkload = Dictionary(grouping: active, by: \.workload)
        workloads = result.report.workloads.map { summary in
            WorkloadContent(summary: summary, assessed: assessed[summary.id],
                            findings: activeByWorkload[summary.id] ?? [],
                            dockerfile: dockerfileLinks[summary.id])
        }
    }

    /// How many workloads have each readiness, in `Readiness.allCases` order.
    var readinessCounts: [(readiness: Readiness, count: Int)] {
        Readiness.allCases.map { readiness in (readiness, workloads.filter { $0.summary.readiness == readiness }.count) }
    }

    /// How many active findings have each severity, most severe first.
    var severityCounts: [(severity: Severity, count: Int)] {
        Severity.allCases.map { severity in (severity, active.filter { $0.severity == severity }.count) }
    }

    /// How many active findings fall in each category.
    var categoryCounts: [(category: CheckCategory, count: Int)] {
        CheckCategory.allCases.map { category in (category, active.filter { $0.category == category }.count) }
    }

    /// The web links (http and https only) of the finding's rule.
    func links(for finding: Finding) -> [String] {
        (linksByRule[finding.ruleID] ?? []).compactMap(ReportLink.web)
    }

    /// The workload's name for a finding's workload id; "Server" for server-level findings.
    func workloadName(_ id: String?) -> String {
        guard let id else { return ReportLabels.server }
        return namesByWorkload[id] ?? id
    }

    /// `file:line`, `file` when the line is unknown, nil without a file.
    static func location(file: String?, line: Int?) -> String? {
        guard let file else { return nil }
        guard let line, line > 0 else { return file }
        return "\(file):\(line)"
    }

    /// Most severe first, then by workload (server last), rule, place and fingerprint.
    private static func precedes(_ lhs: Finding, _ rhs: Finding, workloadOrder: [String: Int]) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        let left = lhs.workload.flatMap { workloadOrder[$0] } ?? Int.max
        let right = rhs.workload.flatMap { workloadOrder[$0] } ?? Int.max
        if left != right { return left < right }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        if lhs.file != rhs.file { return (lhs.file ?? "") < (rhs.file ?? "") }
        if lhs.line != rhs.line { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        if lhs.message != rhs.message { return lhs.message < rhs.message }
        return lhs.fingerprint < rhs.fingerprint
    }
}
