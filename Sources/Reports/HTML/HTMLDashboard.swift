/// The summary section of `report.html`: headline numbers, the readiness bar, findings by severity
/// and category, and the plan per workload.
enum HTMLDashboard {
    static func render(_ content: ReportContent) -> String {
        """
        <section id="summary" aria-labelledby="summary-title">
        <h2 id="summary-title">Summary</h2>
        \(tiles(content))
        <div class="panels">
        \(readinessPanel(content))
        \(barPanel(title: "Findings by severity", metric: "severity",
                   rows: content.severityCounts.map { (HTMLFragments.chip($0.severity), "sev-\($0.severity.rawValue)", $0.severity.rawValue, $0.count) }))
        \(barPanel(title: "Findings by category", metric: "category",
                   rows: content.categoryCounts.map { (HTMLFragments.chip($0.category), "cat-\($0.category.rawValue)", $0.category.rawValue, $0.count) }))
        </div>
        \(planTable(content))
        </section>
        """
    }

    private static func tiles(_ content: ReportContent) -> String {
        var tiles = [tile(metric: "workloads", label: "Workloads", value: content.workloads.count)]
        tiles += content.readinessCounts.map {
            tile(metric: $0.readiness.rawValue, label: ReportLabels.readiness($0.readiness), value: $0.count,
                 style: "rd-\($0.readiness.rawValue)")
        }
        tiles.append(tile(metric: "findings", label: "Active findings", value: content.active.count))
        tiles.append(tile(metric: "suppressed", label: "Suppressed", value: content.suppressed.count))
        tiles.append(tile(metric: "effort", label: "Effort (story points)", value: content.totalEffort))
        return "<div class=\"tiles\">\n\(tiles.joined(separator: "\n"))\n</div>"
    }

    private static func tile(metric: String, label: String, value: Int, style: String = "plain") -> String {
        "<div class=\"tile tile-\(style)\" data-metric=\"\(metric)\" data-count=\"\(value)\">"
            + "<span class=\"tile-value\">\(value)</span><span class=\"tile-label\">\(label)</span></div>"
    }

    private static func readinessPanel(_ content: ReportContent) -> String {
        let counts = content.readinessCounts
        let described = counts.map { "\(ReportLabels.readiness($0.readiness)) \($0.count)" }.joined(separator: ", ")
        let segments = counts.filter { $0.count > 0 }.map {
            "<span class=\"segment rd-\($0.readiness.rawValue)\" style=\"flex-grow: \($0.count)\"></span>"
        }
        let legend = counts.map {
            "<li><span class=\"swatch rd-\($0.readiness.rawValue)\"></span>\(ReportLabels.readiness($0.readiness))"
                + " <strong>\($0.count)</strong></li>"
        }
        return """
            <div class="panel">
            <h3>Workload readiness</h3>
            <div class="stack-bar" role="img" aria-label="\(described)">\(segments.joined())</div>
            <ul class="legend">\(legend.joined())</ul>
            </div>
            """
    }

    /// A panel of labelled horizontal bars, each as long as its count relative to the largest.
    private static func barPanel(title: String, metric: String, rows: [(label: String, style: String, key: String, count: Int)]) -> String {
        let largest = max(1, rows.map(\.count).max() ?? 0)
        let items = rows.map { row in
            "<li data-\(metric)=\"\(row.key)\" data-count=\"\(row.count)\">\(row.label)"
                + "<span class=\"bar\"><span class=\"fill \(row.style)\" style=\"width: \(row.count * 100 / largest)%\"></span></span>"
                + "<span class=\"num\">\(row.count)</span></li>"
        }
        return "<div class=\"panel\">\n<h3>\(title)</h3>\n<ul class=\"bars\">\(items.joined())</ul>\n</div>"
    }

    private static func planTable(_ content: ReportContent) -> String {
        let rows = content.workloads.map { workload in
            let summary = workload.summary
            let compatible = summary.compatible ? "" : " <span class=\"chip incompatible\">Not compatible</span>"
            return [
                "<a href=\"#workload-\(HTMLFragments.text(summary.id))\">\(HTMLFragments.text(summary.name))</a>",
                HTMLFragments.text(ReportLabels.workloadKind(summary.kind)),
                HTMLFragments.chip(summary.readiness),
                "<code>\(HTMLFragments.text(summary.image))</code>",
                HTMLFragments.text(workload.host ?? content.report.target.hostVersion),
                HTMLFragments.text(summary.isolation) + compatible,
                "<span class=\"num\">\(workload.findings.count)</span>",
                "<span class=\"num\">\(summary.effort)</span>",
            ]
        }
        return """
            <div class="panel panel-wide">
            <h3>Plan</h3>
            \(HTMLFragments.table(id: "plan-table", caption: "Base image, host and isolation per workload",
                                  headers: ["Workload", "Kind", "Readiness", "Base image", "Host", "Isolation", "Findings", "Effort"],
                                  rows: rows, empty: "The capture has no workloads."))
            </div>
            """
    }
}
