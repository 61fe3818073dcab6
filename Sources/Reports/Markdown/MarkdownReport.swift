/// `report.md`: the content of `report.html` as GitHub-flavoured Markdown for pull request comments
/// and CI step summaries: the summary, the plan, a section per workload with its findings, then
/// suppressed findings, expired waivers and problems. Text from the capture is escaped so it renders
/// as text (no Markdown, no HTML). The same input always gives the same bytes.
public enum MarkdownReport {
    /// The document for `result`. `dockerfileLinks` maps a workload id to its Dockerfile's path
    /// relative to the report (e.g. "site-fabrikam-api/Dockerfile"); workloads without one get no link.
    public static func render(_ result: AssessmentResult, dockerfileLinks: [String: String]) -> String {
        let content = ReportContent(result, dockerfileLinks: dockerfileLinks)
        let workloads = MarkdownWorkloadSections(content)
        var blocks = [header(content), summary(content), workloads.text, MarkdownSecondarySections.text(content),
                      footer(content)]
        let references = workloads.references.definitions
        if !references.isEmpty { blocks.append(references) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func header(_ content: ReportContent) -> String {
        let report = content.report
        let target = report.target
        var facts = ["Target host **\(MarkdownEscaper.text(target.hostVersion))** (build \(target.hostBuild))",
                     "isolation \(MarkdownEscaper.text(target.isolation))", "as of \(MarkdownEscaper.text(target.asOf))"]
        if let os = content.sourceOS {
            let support = ReportLabels.support(os).map { os.outOfSupport ? ", **\(MarkdownEscaper.text($0))**" : ", \(MarkdownEscaper.text($0))" } ?? ""
            facts.append("source server \(MarkdownEscaper.text(os.name)) (build \(os.build))\(support)")
        }
        let verdict = report.gate.failed ? "❌ **Gate failed**" : "✅ **Gate passed**"
        return """
            # Container readiness: \(MarkdownEscaper.text(report.capture))

            \(facts.joined(separator: " · "))

            \(verdict) (`\(ReportLabels.threshold(report.gate))`)
            """
    }

    private static func summary(_ content: ReportContent) -> String {
        let readiness = MarkdownTable(
            headers: ["Readiness", "Workloads:"],
            rows: content.readinessCounts.map { [MarkdownCells.readiness($0.readiness), "\($0.count)"] })
        let severities = MarkdownTable(
            headers: ["Severity", "Findings:"],
            rows: content.severityCounts.map { [MarkdownCells.severity($0.severity), "\($0.count)"] })
        let categories = MarkdownTable(
            headers: ["Category", "Findings:"],
            rows: content.categoryCounts.map { [ReportLabels.category($0.category), "\($0.count)"] })
        let plan = MarkdownTable(
            headers: ["Workload", "Readiness", "Base image", "Host", "Isolation", "Findings:", "Effort:"],
            rows: content.workloads.map { workload in
                let summary = workload.summary
                return [MarkdownEscaper.text(summary.name), MarkdownCells.readiness(summary.readiness),
                        MarkdownEscaper.code(summary.image),
                        MarkdownEscaper.text(workload.host ?? content.report.target.hostVersion),
                        MarkdownEscaper.text(summary.isolation) + (summary.compatible ? "" : " (not compatible)"),
                        "\(workload.findings.count)", "\(summary.effort)"]
            })
        return """
            ## Summary

            **\(content.workloads.count) workloads** · **\(content.active.count) active findings** · \(content.suppressed.count) suppressed · total effort **\(content.totalEffort)** story points

            \(readiness.text)

            \(severities.text)

            \(categories.text)

            ### Plan

            \(content.workloads.isEmpty ? "_No workloads._" : plan.text)
            """
    }

    private static func footer(_ content: ReportContent) -> String {
        let report = content.report
        return "---\n\n<sub>Written by \(MarkdownEscaper.text(report.tool.name)) \(MarkdownEscaper.text(report.tool.version)) "
            + "from capture \(MarkdownEscaper.text(report.capture)), analysed as of \(MarkdownEscaper.text(report.target.asOf)).</sub>"
    }
}
