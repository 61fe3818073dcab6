/// The top of `report.html`: capture, target, analysis date, source OS, gate verdict and the
/// section navigation.
enum HTMLPageHeader {
    static func render(_ content: ReportContent) -> String {
        let report = content.report
        let target = report.target
        var facts = [
            "Target host <strong>\(HTMLFragments.text(target.hostVersion))</strong> (build \(target.hostBuild))",
            "isolation \(HTMLFragments.text(target.isolation))",
            "as of \(HTMLFragments.text(target.asOf))",
        ]
        if let os = content.sourceOS {
            let support = ReportLabels.support(os).map { text in
                ", " + (os.outOfSupport ? "<strong class=\"out-of-support\">\(HTMLFragments.text(text))</strong>" : HTMLFragments.text(text))
            } ?? ""
            facts.append("source server \(HTMLFragments.text(os.name)) (build \(os.build))\(support)")
        }
        let gate = report.gate
        let verdict = gate.failed ? "failed" : "passed"
        let sections = [
            ("summary", "Summary", nil), ("workloads", "Workloads", content.workloads.count),
            ("findings", "Findings", content.active.count), ("suppressed", "Suppressed", content.suppressed.count),
            ("expired-waivers", "Expired waivers", report.expiredWaivers.count),
            ("problems", "Problems", report.problems.count),
        ]
        let navigation = sections.map { id, title, count in
            "<li><a href=\"#\(id)\">\(title)\(count.map { " <span class=\"count\">\($0)</span>" } ?? "")</a></li>"
        }
        return """
            <header class="page-header">
            <div class="wrap header-grid">
            <div>
            <p class="eyebrow">\(HTMLFragments.text(report.tool.name)) · Windows container readiness</p>
            <h1>\(HTMLFragments.text(report.capture))</h1>
            <p class="facts">\(facts.joined(separator: " · "))</p>
            </div>
            <div class="gate gate-\(verdict)" data-gate="\(verdict)"><span class="gate-label">Gate \(verdict)</span><span class="gate-threshold">\(ReportLabels.threshold(gate))</span></div>
            </div>
            <nav class="wrap" aria-label="Sections"><ul>\(navigation.joined())</ul></nav>
            </header>
            """
    }
}
