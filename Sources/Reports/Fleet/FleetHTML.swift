import RuleEngine

/// `fleet.html`: one self-contained page (inline CSS and script, no network) with the readiness of
/// servers and workloads, the top blockers, effort, the base image, target host and source OS
/// distributions, sortable server and workload tables, and the failed captures. Every value from a
/// capture is escaped; the summary is embedded as a JSON island for scripts.
public enum FleetHTML {
    /// The page for `summary`.
    /// - Throws: only if the summary cannot be encoded as JSON (a bug).
    public static func render(_ summary: FleetSummary) throws -> String {
        let totals = summary.totals
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Fleet readiness</title>
            <style>\(style)</style>
            </head>
            <body>
            <h1>Fleet readiness</h1>
            <p class="headline">\(text(summary.headline))</p>

            """
        html += section("Readiness", readiness(totals))
        html += section("Effort", effort(totals))
        html += section("Top blockers", summary.topBlockers.isEmpty ? "<p>No blockers.</p>\n" : table(
            ["Check", "Title", "Findings", "Servers"], numeric: [2, 3],
            rows: summary.topBlockers.map { [cell($0.ruleID), cell($0.title), count($0.findings), count($0.servers)] }))
        html += section("Base images", distribution(summary.baseImages, unit: "Workloads"))
        html += section("Target hosts", distribution(summary.hostVersions, unit: "Servers"))
        html += section("Source OS", distribution(summary.sourceOS, unit: "Servers"))
        html += section("Servers", servers(summary.servers))
        html += section("Workloads", workloads(summary.workloads))
        let failed = summary.servers.filter { $0.status == .failed }
        if !failed.isEmpty {
            html += section("Failed captures", failed.map {
                "<h3>\(text($0.name))</h3>\n<pre>\(text($0.error ?? ""))</pre>\n"
            }.joined())
        }
        html += """
            <script type="application/json" id="fleet-summary">\(try jsonIsland(summary))</script>
            <script>\(script)</script>
            </body>
            </html>

            """
        return html
    }

    private static func text(_ value: String) -> String { HTMLEscaper.escape(value) }

    /// The JSON of `summary`, safe inside a `<script>` element: `<`, `>`, `&` and the line and
    /// paragraph separators are written as `\u` escapes, so no `</script>` can end it.
    static func jsonIsland(_ summary: FleetSummary) throws -> String {
        var out = ""
        for scalar in try JSONOutput.string(summary).unicodeScalars {
            switch scalar {
            case "<", ">", "&", "\u{2028}", "\u{2029}": out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func section(_ title: String, _ body: String) -> String {
        "<section>\n<h2>\(text(title))</h2>\n\(body)</section>\n"
    }

    private static func readiness(_ totals: FleetSummary.Totals) -> String {
        let rows = [("Servers", totals.serverReadiness, totals.failed), ("Workloads", totals.workloadReadiness, 0)]
        return rows.map { name, counts, failed in
            let whole = max(counts.total + failed, 1)
            let parts = Readiness.allCases.map { ($0.rawValue, counts[$0]) } + [("failed", failed)]
            let bar = parts.filter { $0.1 > 0 }.map { part in
                "<span class=\"\(part.0)\" style=\"width:\(part.1 * 100 / whole)%\"></span>"
            }.joined()
            let legend = parts.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
            return "<div class=\"readiness\"><strong>\(name)</strong><div class=\"bar\">\(bar)</div><span>\(legend)</span></div>\n"
        }.joined()
    }

    private static func effort(_ totals: FleetSummary.Totals) -> String {
        let categories = CheckCategory.allCases.map { "\(totals.effortByCategory[$0]) \($0.rawValue)" }
        let severities = Severity.allCases.map { "\(totals.findings[$0]) \($0.rawValue)" }
        return """
            <p>\(totals.effort) story points in all (\(categories.joined(separator: ", "))) for \
            \(severities.joined(separator: ", ")) active findings; \(totals.suppressed) suppressed.</p>

            """
    }

    private static func distribution(_ counts: [RankedCount], unit: String) -> String {
        table(["Name", unit], numeric: [1], rows: counts.map { [cell($0.name), count($0.count)] })
    }

    private static func servers(_ servers: [FleetServer]) -> String {
        table(
            ["Server", "Status", "Source OS", "Target host", "Readiness", "Ready", "Ready with changes", "Blocked",
             "Errors", "Warnings", "Info", "Effort", "Gate"],
            numeric: [4, 5, 6, 7, 8, 9, 10, 11],
            rows: servers.map { server in
                let state = server.readiness?.rawValue ?? "failed"
                let gate = server.gateFailed.map { $0 ? "failed" : "passed" } ?? ""
                return [cell(server.name), cell(server.status.rawValue), cell(server.sourceOS ?? ""), cell(server.target ?? ""),
                        "<td data-value=\"\(rank(server.readiness))\" class=\"\(state)\">\(state)</td>"]
                    + Readiness.allCases.map { count(server.workloads[$0]) }
                    + Severity.allCases.map { count(server.findings[$0]) }
                    + [count(server.effort), cell(gate)]
            })
    }

    private static func workloads(_ workloads: [FleetWorkload]) -> String {
        table(
            ["Server", "Workload", "Kind", "Base image", "Readiness", "Effort"], numeric: [4, 5],
            rows: workloads.map { workload in
                [cell(workload.server), cell("\(workload.name) [\(workload.id)]"), cell(workload.kind),
                 cell(workload.image + (workload.compatible ? "" : " (not compatible with the host)")),
                 "<td data-value=\"\(rank(workload.readiness))\" class=\"\(workload.readiness.rawValue)\">\(workload.readiness.rawValue)</td>",
                 count(workload.effort)]
            })
    }

    /// Sort rank of a readiness: ready first, a failed capture (nil) last.
    private static func rank(_ readiness: Readiness?) -> Int {
        readiness.flatMap { Readiness.allCases.firstIndex(of: $0) } ?? Readiness.allCases.count
    }

    private static func table(_ headers: [String], numeric: Set<Int>, rows: [[String]]) -> String {
        let head = headers.enumerated().map { index, header in
            "<th\(numeric.contains(index) ? " data-type=\"number\"" : "")>\(text(header))</th>"
        }.joined()
        let body = rows.map { "<tr>\($0.joined())</tr>\n" }.joined()
        return "<table class=\"sortable\">\n<thead><tr>\(head)</tr></thead>\n<tbody>\n\(body)</tbody>\n</table>\n"
    }

    private static func cell(_ value: String) -> String { "<td>\(text(value))</td>" }

    private static func count(_ value: Int) -> String { "<td class=\"count\" data-value=\"\(value)\">\(value)</td>" }

    private static let style = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2328}
        table{border-collapse:collapse;margin:.5rem 0}
        th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left}
        th{background:#f6f8fa;cursor:pointer}
        th[aria-sort=ascending]::after{content:" \\25B2"}
        th[aria-sort=descending]::after{content:" \\25BC"}
        .count{text-align:right}
        .readiness{display:flex;gap:1rem;align-items:center;margin:.25rem 0}
        .readiness strong{width:6rem}
        .bar{display:flex;width:20rem;height:1rem;background:#eaeef2}
        .bar span{display:block;height:100%}
        .ready{background:#dafbe1}.ready-with-changes{background:#fff8c5}.blocked{background:#ffebe9}.failed{background:#d0d7de}
        pre{white-space:pre-wrap;background:#f6f8fa;padding:.5rem}
        """

    /// Sorts a table by the clicked column: numbers by `data-value`, text by its content.
    private static let script = """
        document.querySelectorAll("table.sortable th").forEach(function (th) {
          th.addEventListener("click", function () {
            var table = th.closest("table"), body = table.tBodies[0], column = th.cellIndex;
            var ascending = th.getAttribute("aria-sort") !== "ascending";
            table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var numeric = th.dataset.type === "number";
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[column], y = b.cells[column];
              var order = numeric ? Number(x.dataset.value) - Number(y.dataset.value) : x.textContent.localeCompare(y.textContent);
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          });
        });
        """
}
