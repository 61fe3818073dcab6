/// The sections after the findings table in `report.html`: suppressed findings, expired waivers and
/// problems (rule errors and unreadable inputs).
enum HTMLSecondarySections {
    static func render(_ content: ReportContent) -> String {
        [suppressed(content), expiredWaivers(content), problems(content)].joined(separator: "\n")
    }

    private static func section(id: String, title: String, note: String, body: String) -> String {
        """
        <section id="\(id)" aria-labelledby="\(id)-title">
        <h2 id="\(id)-title">\(title)</h2>
        <p class="section-note">\(note)</p>
        \(body)
        </section>
        """
    }

    private static func suppressed(_ content: ReportContent) -> String {
        let rows = content.suppressed.map { finding in
            [
                finding.suppression.map { "<span class=\"chip sup-\($0.kind.rawValue)\">\(ReportLabels.suppression($0.kind))</span>" } ?? "",
                HTMLFragments.chip(finding.severity),
                HTMLFragments.rule(id: finding.ruleID, title: finding.title),
                HTMLFragments.text(content.workloadName(finding.workload)),
                HTMLFragments.text(finding.message),
                HTMLFragments.evidence(location: ReportContent.location(file: finding.file, line: finding.line), evidence: finding.evidence),
                HTMLFragments.text(finding.suppression?.justification ?? ""),
                HTMLFragments.text(finding.suppression?.expires ?? ""),
            ]
        }
        return section(
            id: "suppressed", title: "Suppressed (waived / baselined)",
            note: "Findings a waiver or the baseline covers. They do not count toward readiness or the gate.",
            body: HTMLFragments.table(
                id: "suppressed-table", caption: "Waived and baselined findings",
                headers: ["Suppression", "Severity", "Rule", "Workload", "Message", "Evidence", "Justification", "Expires"],
                rows: rows, empty: "No waived or baselined findings."))
    }

    private static func expiredWaivers(_ content: ReportContent) -> String {
        let rows = content.report.expiredWaivers.map { waiver in
            [
                "<span class=\"rule-id\">\(HTMLFragments.text(waiver.rule))</span>",
                HTMLFragments.text(waiver.scope),
                HTMLFragments.text(waiver.expires),
                HTMLFragments.text(waiver.justification),
                "<span class=\"loc\">\(HTMLFragments.text(ReportContent.location(file: waiver.file, line: waiver.line) ?? ""))</span>",
            ]
        }
        return section(
            id: "expired-waivers", title: "Expired waivers",
            note: "Waivers past their expiry date. They no longer suppress anything; renew or remove them.",
            body: HTMLFragments.table(
                id: "expired-waivers-table", caption: "Expired waivers",
                headers: ["Rule", "Scope", "Expired", "Justification", "Waiver"],
                rows: rows, empty: "No expired waivers."))
    }

    private static func problems(_ content: ReportContent) -> String {
        let rows = content.report.problems.map { problem in
            [
                "<span class=\"chip problem\">\(HTMLFragments.text(ReportLabels.problem(problem.kind)))</span>",
                "<span class=\"loc\">\(HTMLFragments.text(ReportContent.location(file: problem.file, line: problem.line) ?? ""))</span>",
                HTMLFragments.text(problem.message),
            ]
        }
        return section(
            id: "problems", title: "Problems (rule errors, unreadable inputs)",
            note: "Checks that could not run and capture files that could not be read: the findings may be incomplete.",
            body: HTMLFragments.table(
                id: "problems-table", caption: "Rule errors and unreadable inputs",
                headers: ["Kind", "Where", "Message"], rows: rows, empty: "No problems: every check ran and every input was read."))
    }
}
