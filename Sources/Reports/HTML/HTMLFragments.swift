import RuleEngine

/// Small pieces of `report.html` markup that several sections share. Every argument named `text` is
/// escaped here; arguments named `html` must already be markup.
enum HTMLFragments {
    /// `text` escaped for HTML.
    static func text(_ text: String) -> String { HTMLEscaper.escape(text) }

    static func chip(_ severity: Severity) -> String {
        "<span class=\"chip sev-\(severity.rawValue)\">\(ReportLabels.severity(severity))</span>"
    }

    static func chip(_ category: CheckCategory) -> String {
        "<span class=\"chip cat-\(category.rawValue)\">\(ReportLabels.category(category))</span>"
    }

    static func chip(_ readiness: Readiness) -> String {
        "<span class=\"chip rd-\(readiness.rawValue)\">\(ReportLabels.readiness(readiness))</span>"
    }

    /// The rule's id over its title.
    static func rule(id: String, title: String) -> String {
        "<span class=\"rule-id\">\(text(id))</span><span class=\"rule-title\">\(text(title))</span>"
    }

    /// `file:line` over the evidence, as code.
    static func evidence(location: String?, evidence: String) -> String {
        let place = location.map { "<span class=\"loc\">\(text($0))</span>" } ?? ""
        return place + (evidence.isEmpty ? "" : "<code class=\"evidence\">\(text(evidence))</code>")
    }

    /// A table with a caption for screen readers, column headers and rows of cell markup; `empty` when
    /// there are no rows.
    static func table(id: String, caption: String, headers: [String], rows: [[String]], empty: String) -> String {
        guard !rows.isEmpty else { return "<p class=\"empty\">\(text(empty))</p>" }
        let head = headers.map { "<th scope=\"col\">\(text($0))</th>" }.joined()
        let body = rows.map { cells in "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>" }
        return """
            <div class="table-wrap"><table class="data" id="\(id)">
            <caption class="visually-hidden">\(text(caption))</caption>
            <thead><tr>\(head)</tr></thead>
            <tbody>
            \(body.joined(separator: "\n"))
            </tbody>
            </table></div>
            """
    }
}
