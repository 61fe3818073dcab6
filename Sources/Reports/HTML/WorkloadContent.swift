import Analyzer
import RuleEngine

/// One workload as the reports show it: its summary and plan, what it needs, its active findings and
/// the Dockerfile written for it.
struct WorkloadContent {
    let summary: WorkloadSummary
    /// The full plan, when the assessment has the workload.
    let plan: WorkloadPlan?
    /// Its requirements, one line per kind; empty kinds left out.
    let requirements: [RequirementLine]
    /// Its active findings, in display order.
    let findings: [Finding]
    /// The Dockerfile's path relative to the report, when one was written.
    let dockerfile: String?

    init(summary: WorkloadSummary, assessed: AssessedWorkload?, findings: [Finding], dockerfile: String?) {
        self.summary = summary
        plan = assessed?.plan
        requirements = assessed.map { RequirementLine.lines(for: $0.requirements) } ?? []
        self.findings = findings
        self.dockerfile = dockerfile
    }

    /// "ltsc2025 (build 26100)" for the host the plan targets.
    var host: String? { plan.map { "\($0.hostVersion) (build \($0.hostBuild))" } }
}
