/// Runs checks over an assessment document: each node a check's `when` selects becomes a finding.
public struct CheckEvaluator: Sendable {
    /// The checks to run, usually `CheckSet.checks`.
    public let checks: [Check]
    /// The workload-local form of each check's `when`, where it has one: worked out once, as a
    /// fleet runs the same checks on every capture.
    private let localQueries: [WorkloadLocalQuery?]

    /// An evaluator for `checks`.
    public init(checks: [Check]) {
        self.checks = checks
        localQueries = checks.map { WorkloadLocalQuery($0.when) }
    }

    /// Runs every check over `document`. A check that fails becomes a `RuleError`; the others still run.
    public func evaluate(_ document: XPathDocument) -> Evaluation {
        var findings: [Finding] = []
        var ruleErrors: [RuleError] = []
        var evidence = SelectedNode.Evidence()
        for (check, selected) in zip(checks, CheckSelection.nodes(of: checks, local: localQueries, in: document)) {
            do {
                findings += try Self.findings(of: check, selected: selected, in: document, evidence: &evidence)
            } catch {
                ruleErrors.append(error)
            }
        }
        return Evaluation(findings: findings.sortedForReport(),
                          ruleErrors: ruleErrors.sorted { $0.ruleID < $1.ruleID })
    }

    private static func findings(
        of check: Check, selected: CheckSelection.Selected, in document: XPathDocument,
        evidence: inout SelectedNode.Evidence
    ) throws(RuleError) -> [Finding] {
        let nodes: [XPathNode]
        do {
            nodes = try selected.get()
        } catch {
            throw RuleError(ruleID: check.id, message: "'when' failed: \(error)")
        }
        let renderer = TemplateRenderer(document: document)
        func render(_ template: Template, _ field: String, at node: XPathNode) throws(RuleError) -> String {
            do {
                return try renderer.render(template, at: node)
            } catch {
                throw RuleError(ruleID: check.id, message: "'\(field)' template failed: \(error)")
            }
        }
        var occurrences: [String: Int] = [:]
        return try nodes.map { node throws(RuleError) in
            let selected = SelectedNode(node, known: &evidence)
            let identity = ([check.id, selected.workload ?? "", selected.evidence] + selected.lineage)
                .joined(separator: Fingerprint.separator)
            let index = occurrences[identity, default: 0]
            occurrences[identity] = index + 1
            return Finding(
                ruleID: check.id, title: check.title, severity: check.severity, category: check.category,
                effort: check.effort, workload: selected.workload,
                message: try render(check.message, "message", at: node),
                remediation: try render(check.remediation, "remediation", at: node),
                file: selected.file, line: selected.line, evidence: selected.evidence,
                fingerprint: Fingerprint.of(joined: identity + Fingerprint.separator + String(index)))
        }
    }
}
