import RuleEngine

/// The findings section of `report.html`: a sticky filter bar and the table the page's script fills
/// from the data island (see `HTMLScript`).
enum HTMLFindingsTable {
    static func render(_ content: ReportContent) -> String {
        let severities = Severity.allCases.map { "<option value=\"\($0.rawValue)\">\(ReportLabels.severity($0))</option>" }
        let categories = CheckCategory.allCases.map { "<option value=\"\($0.rawValue)\">\(ReportLabels.category($0))</option>" }
        var workloads = content.workloads.map {
            "<option value=\"\(HTMLFragments.text($0.summary.id))\">\(HTMLFragments.text($0.summary.name))</option>"
        }
        if !content.serverFindings.isEmpty {
            workloads.append("<option value=\"\(HTMLReportData.serverWorkload)\">\(ReportLabels.server)</option>")
        }
        let headers = ["Severity", "Category", "Rule", "Workload", "Message", "Evidence", "Remediation"]
        return """
            <section id="findings" aria-labelledby="findings-title">
            <h2 id="findings-title">Findings</h2>
            <p class="section-note">Active findings: not waived and not in the baseline. Filters are kept in the address (for example <code>#severity=warning&amp;text=msmq</code>), so a filtered view can be shared.</p>
            <div class="filters" role="search" aria-label="Filter findings">
            <label>Severity <select id="filter-severity"><option value="">All</option>\(severities.joined())</select></label>
            <label>Category <select id="filter-category"><option value="">All</option>\(categories.joined())</select></label>
            <label>Workload <select id="filter-workload"><option value="">All</option>\(workloads.joined())</select></label>
            <label class="grow">Search <input id="filter-text" type="search" placeholder="Rule, message, evidence, file, remediation" autocomplete="off" spellcheck="false"></label>
            <button type="button" id="filter-clear">Clear filters</button>
            <output id="findings-count" for="filter-severity filter-category filter-workload filter-text" aria-live="polite">\(content.active.count) findings</output>
            </div>
            <div class="table-wrap">
            <table class="data findings" id="findings-table">
            <caption class="visually-hidden">Active findings</caption>
            <thead><tr>\(headers.map { "<th scope=\"col\">\($0)</th>" }.joined())</tr></thead>
            <tbody id="findings-body"></tbody>
            </table>
            </div>
            <p id="findings-empty" class="empty" hidden>No findings match the filters.</p>
            <noscript><p class="notice">The findings table needs JavaScript; the workload cards above list every finding.</p></noscript>
            </section>
            """
    }
}
