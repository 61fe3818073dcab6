import RuleEngine

/// The workloads part of `report.md`: a section per workload with its plan and why, its requirements
/// and a folded table of its findings, then one for server-level findings.
struct MarkdownWorkloadSections {
    let content: ReportContent
    /// Numbered rule links, shared with the document's end.
    let references: MarkdownLinkReferences

    init(_ content: ReportContent) {
        self.content = content
        references = MarkdownLinkReferences(
            (content.workloads.flatMap(\.findings) + content.serverFindings).flatMap(content.links(for:)))
    }

    var text: String {
        var blocks = ["## Workloads"]
        blocks += content.workloads.map(workload)
        if content.workloads.isEmpty { blocks.append("_The capture has no workloads._") }
        if !content.serverFindings.isEmpty {
            blocks.append("### \(ReportLabels.server)\n\nFindings about the server as a whole, not one workload.")
            blocks.append(findings(content.serverFindings))
        }
        return blocks.joined(separator: "\n\n")
    }

    private func workload(_ workload: WorkloadContent) -> String {
        let summary = workload.summary
        var facts = [MarkdownEscaper.code(summary.id), MarkdownEscaper.text(ReportLabels.workloadKind(summary.kind)),
                     "**\(MarkdownCells.readiness(summary.readiness))**", "effort \(summary.effort)"]
        if let dockerfile = workload.dockerfile {
            facts.append("[Dockerfile](\(MarkdownEscaper.destination(dockerfile)))")
        }
        var plan = "**Plan:** \(MarkdownEscaper.code(summary.image))"
        if let host = workload.host { plan += " on \(MarkdownEscaper.text(host))" }
        plan += ", \(MarkdownEscaper.text(summary.isolation)) isolation."
        if !summary.compatible { plan += " **The host cannot run this image in this isolation mode.**" }
        var blocks = ["### \(MarkdownEscaper.text(summary.name))", facts.joined(separator: " · "), plan]
        if !summary.reasons.isEmpty {
            blocks.append(summary.reasons.map { "- \(MarkdownEscaper.text($0))" }.joined(separator: "\n"))
        }
        if !workload.requirements.isEmpty {
            blocks.append("**Requirements**")
            blocks.append(workload.requirements.map { line in
                "- **\(MarkdownEscaper.text(line.label)):** " + line.items.map(MarkdownEscaper.text).joined(separator: ", ")
            }.joined(separator: "\n"))
        }
        blocks.append(workload.findings.isEmpty ? "_No active findings._" : findings(workload.findings))
        return blocks.joined(separator: "\n\n")
    }

    /// A folded table of findings with their evidence, remediation and rule links.
    private func findings(_ findings: [Finding]) -> String {
        let table = MarkdownTable(
            headers: ["Severity", "Category", "Rule", "Message", "Evidence", "Remediation"],
            rows: findings.map { finding in
                let remediation = [MarkdownEscaper.text(finding.remediation)] + content.links(for: finding).map(references.link)
                return [MarkdownCells.severity(finding.severity), ReportLabels.category(finding.category),
                        MarkdownCells.rule(id: finding.ruleID, title: finding.title), MarkdownEscaper.text(finding.message),
                        MarkdownCells.evidence(finding), remediation.joined(separator: "<br>")]
            })
        return """
            <details>
            <summary>Findings (\(findings.count)): \(ReportLabels.severitySummary(findings))</summary>

            \(table.text)

            </details>
            """
    }
}
