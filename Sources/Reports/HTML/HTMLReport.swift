import RuleEngine

/// `report.html`: one self-contained page (inline style and script, no network) with a readiness
/// dashboard, a card per workload, a filterable findings table, and sections for suppressed
/// findings, expired waivers and problems. Text from the capture is HTML-escaped; the findings the
/// table shows travel in a `<script type="application/json">` island that no string can break out of.
/// The same input always gives the same bytes.
public enum HTMLReport {
    /// The page for `result`. `dockerfileLinks` maps a workload id to its Dockerfile's path relative
    /// to the report (e.g. "site-fabrikam-api/Dockerfile"); workloads without one get no link.
    public static func render(_ result: AssessmentResult, dockerfileLinks: [String: String]) -> String {
        let content = ReportContent(result, dockerfileLinks: dockerfileLinks)
        let report = content.report
        let tool = "\(report.tool.name) \(report.tool.version)"
        let toolLink = report.tool.informationURI.flatMap(ReportLink.web).map {
            "<a href=\"\(HTMLFragments.text($0))\" rel=\"noreferrer\">\(HTMLFragments.text(tool))</a>"
        } ?? HTMLFragments.text(tool)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
            <meta name="generator" content="\(HTMLFragments.text(tool))">
            <title>Container readiness: \(HTMLFragments.text(report.capture))</title>
            <style>
            \(HTMLStyleSheet.css)
            </style>
            </head>
            <body>
            <a class="skip" href="#findings">Skip to the findings</a>
            \(HTMLPageHeader.render(content))
            <main>
            \(HTMLDashboard.render(content))
            \(HTMLWorkloadCards.render(content))
            \(HTMLFindingsTable.render(content))
            \(HTMLSecondarySections.render(content))
            </main>
            <footer class="page-footer">Written by \(toolLink) from capture \(HTMLFragments.text(report.capture)), analysed as of \(HTMLFragments.text(report.target.asOf)).</footer>
            <div id="i2c-status" hidden data-ready="false" data-errors="0"></div>
            <script type="application/json" id="i2c-data">\(HTMLReportData.json(content).text)</script>
            <script>
            \(HTMLScript.source)
            </script>
            </body>
            </html>

            """
    }
}
