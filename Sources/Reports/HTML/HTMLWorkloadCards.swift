import RuleEngine

/// The workloads section of `report.html`: one card per workload with its plan and why, its
/// requirements, its findings and its Dockerfile, then a card for server-level findings.
enum HTMLWorkloadCards {
    static func render(_ content: ReportContent) -> String {
        var cards = content.workloads.map(card)
        if !content.serverFindings.isEmpty { cards.append(serverCard(content)) }
        let body = cards.isEmpty ? "<p class=\"empty\">The capture has no workloads.</p>" : cards.joined(separator: "\n")
        return """
            <section id="workloads" aria-labelledby="workloads-title">
            <h2 id="workloads-title">Workloads</h2>
            \(body)
            </section>
            """
    }

    private static func card(_ workload: WorkloadContent) -> String {
        let summary = workload.summary
        let id = HTMLFragments.text(summary.id)
        var actions = ["<a href=\"#workload=\(id)\">Show in the findings table</a>"]
        if let dockerfile = workload.dockerfile {
            actions.insert("<a class=\"button\" href=\"\(HTMLFragments.text(dockerfile))\">Dockerfile</a>", at: 0)
        }
        return """
            <article class="card workload-card" id="workload-\(id)" data-workload="\(id)" data-readiness="\(summary.readiness.rawValue)">
            <header class="card-head">
            <div>
            <h3>\(HTMLFragments.text(summary.name))</h3>
            <p class="card-sub">\(HTMLFragments.text(ReportLabels.workloadKind(summary.kind))) · <code>\(id)</code></p>
            </div>
            <div class="card-badges">\(HTMLFragments.chip(summary.readiness))<span class="effort" title="Sum of the effort of its active findings">\(summary.effort) \(summary.effort == 1 ? "point" : "points")</span></div>
            </header>
            <div class="card-body">
            \(plan(workload))
            \(requirements(workload))
            </div>
            \(findings(workload.findings))
            <footer class="card-foot">\(actions.joined(separator: " "))</footer>
            </article>
            """
    }

    private static func plan(_ workload: WorkloadContent) -> String {
        let summary = workload.summary
        var rows = [("Base image", "<code>\(HTMLFragments.text(summary.image))</code>")]
        if let host = workload.host { rows.append(("Host", HTMLFragments.text(host))) }
        rows.append(("Isolation", HTMLFragments.text(summary.isolation)))
        let warning = summary.compatible ? "" : "<p class=\"alert\">The host cannot run this image in this isolation mode.</p>"
        let reasons = summary.reasons.map { "<li>\(HTMLFragments.text($0))</li>" }.joined()
        return """
            <div class="card-col">
            <h4>Plan</h4>
            \(definitions(rows))
            \(warning)\(reasons.isEmpty ? "" : "<h4>Why</h4>\n<ul class=\"reasons\">\(reasons)</ul>")
            </div>
            """
    }

    private static func requirements(_ workload: WorkloadContent) -> String {
        let rows = workload.requirements.map { line in
            let tags = line.items.map { "<li>\(HTMLFragments.text($0))</li>" }.joined()
            return (line.label, "<ul class=\"tags\">\(tags)</ul>")
        }
        return """
            <div class="card-col">
            <h4>Requirements</h4>
            \(rows.isEmpty ? "<p class=\"empty\">Not in the assessment.</p>" : definitions(rows))
            </div>
            """
    }

    private static func definitions(_ rows: [(term: String, html: String)]) -> String {
        "<dl class=\"kv\">" + rows.map { "<dt>\(HTMLFragments.text($0.term))</dt><dd>\($0.html)</dd>" }.joined() + "</dl>"
    }

    private static func findings(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "<div class=\"card-findings\"><p class=\"empty\">No active findings.</p></div>" }
        let items = findings.map { finding in
            let place = ReportContent.location(file: finding.file, line: finding.line)
                .map { "<span class=\"loc\">\(HTMLFragments.text($0))</span>" } ?? ""
            return "<li>\(HTMLFragments.chip(finding.severity))<span class=\"rule-id\">\(HTMLFragments.text(finding.ruleID))</span>"
                + "<span class=\"message\">\(HTMLFragments.text(finding.message))\(place)</span></li>"
        }
        return """
            <details class="card-findings">
            <summary>Findings <span class="count">\(findings.count)</span> <span class="muted">\(ReportLabels.severitySummary(findings))</span></summary>
            <ul class="finding-list">
            \(items.joined(separator: "\n"))
            </ul>
            </details>
            """
    }

    private static func serverCard(_ content: ReportContent) -> String {
        """
        <article class="card server-card" id="workload-server">
        <header class="card-head">
        <div>
        <h3>\(ReportLabels.server)</h3>
        <p class="card-sub">Findings about the server as a whole, not one workload</p>
        </div>
        </header>
        \(findings(content.serverFindings))
        <footer class="card-foot"><a href="#workload=\(HTMLReportData.serverWorkload)">Show in the findings table</a></footer>
        </article>
        """
    }
}
