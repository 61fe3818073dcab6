/// The sections after the workloads in `report.md`: suppressed findings, expired waivers and problems.
enum MarkdownSecondarySections {
    static func text(_ content: ReportContent) -> String {
        [suppressed(content), expiredWaivers(content), problems(content)].joined(separator: "\n\n")
    }

    private static func suppressed(_ content: ReportContent) -> String {
        let rows = content.suppressed.map { finding in
            [finding.suppression.map { ReportLabels.suppression($0.kind) } ?? "", MarkdownCells.severity(finding.severity),
             MarkdownCells.rule(id: finding.ruleID, title: finding.title),
             MarkdownEscaper.text(content.workloadName(finding.workload)), MarkdownEscaper.text(finding.message),
             MarkdownCells.evidence(finding), MarkdownEscaper.text(finding.suppression?.justification ?? ""),
             MarkdownEscaper.text(finding.suppression?.expires ?? "")]
        }
        return section("Suppressed (waived / baselined)", empty: "No waived or baselined findings.",
                       headers: ["Suppression", "Severity", "Rule", "Workload", "Message", "Evidence", "Justification", "Expires"],
                       rows: rows)
    }

    private static func expiredWaivers(_ content: ReportContent) -> String {
        let rows = content.report.expiredWaivers.map { waiver in
            [MarkdownEscaper.code(waiver.rule), MarkdownEscaper.text(waiver.scope), MarkdownEscaper.text(waiver.expires),
             MarkdownEscaper.text(waiver.justification),
             MarkdownEscaper.code(ReportContent.location(file: waiver.file, line: waiver.line) ?? "")]
        }
        return section("Expired waivers", empty: "No expired waivers.",
                       headers: ["Rule", "Scope", "Expired", "Justification", "Waiver"], rows: rows)
    }

    private static func problems(_ content: ReportContent) -> String {
        let rows = content.report.problems.map { problem in
            [ReportLabels.problem(problem.kind),
             MarkdownEscaper.code(ReportContent.location(file: problem.file, line: problem.line) ?? ""),
             MarkdownEscaper.text(problem.message)]
        }
        return section("Problems (rule errors, unreadable inputs)",
                       empty: "No problems: every check ran and every input was read.",
                       headers: ["Kind", "Where", "Message"], rows: rows)
    }

    private static func section(_ title: String, empty: String, headers: [String], rows: [[String]]) -> String {
        "## \(title)\n\n" + (rows.isEmpty ? "_\(empty)_" : MarkdownTable(headers: headers, rows: rows).text)
    }
}
