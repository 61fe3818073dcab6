import Analyzer
import RuleEngine

/// Assembles the `CheckReport` from an assessment and what the checks found.
enum CheckReportBuilder {
    static func report(assessment: Assessment, checks: [Check], findings: [Finding], ruleErrors: [RuleError],
                       expiredWaivers: [ExpiredWaiver], failOn: Severity?, tool: CheckReport.ToolInfo) -> CheckReport {
        let active = findings.filter { $0.suppression == nil }
        let activeByWorkload = Dictionary(grouping: active) { $0.workload ?? "" }
        let workloads = assessment.workloads.map { assessed in
            let own = activeByWorkload[assessed.workload.id] ?? []
            return WorkloadSummary(
                id: assessed.workload.id, kind: assessed.workload.kind.rawValue, name: assessed.workload.name,
                image: assessed.plan.imageReference, isolation: assessed.plan.isolation,
                compatible: assessed.plan.compatible, reasons: assessed.plan.reasons,
                readiness: Readiness.of(own), effort: own.map(\.effort).reduce(0, +))
        }
        let rules = checks.map { check in
            RuleSummary(id: check.id, title: check.title, severity: check.severity, category: check.category,
                        effort: check.effort, tags: check.tags, help: check.remediation.source, links: check.links)
        }
        let expired = expiredWaivers.map { entry in
            ExpiredWaiverEntry(rule: entry.waiver.rule, scope: entry.waiver.scope, expires: entry.waiver.expires,
                               justification: entry.waiver.justification, file: entry.waiver.file, line: entry.waiver.line)
        }
        let problems = ruleErrors.map { ProblemEntry(kind: "rule", message: $0.description, file: nil, line: nil) }
            + assessment.inventory.diagnostics.filter { $0.severity == .error }.map {
                ProblemEntry(kind: "input", message: $0.message, file: $0.location.file, line: $0.location.line)
            }
        let failed = failOn.map { threshold in active.contains { $0.severity >= threshold } } ?? false
        return CheckReport(
            tool: tool, capture: assessment.inventory.captureName,
            target: .init(hostVersion: assessment.hostVersion, hostBuild: assessment.hostBuild,
                          isolation: assessment.options.isolation.rawValue, asOf: assessment.options.asOf),
            workloads: workloads, rules: rules, findings: findings, expiredWaivers: expired, problems: problems,
            gate: .init(failOn: failOn, failed: failed))
    }
}
