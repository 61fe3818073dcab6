import RuleEngine

/// `fleet.md`: the fleet summary for pull requests and CI job summaries, with the same content as
/// `fleet.html`. Values from captures are escaped so they cannot break a table or add markup.
public enum FleetMarkdown {
    /// The Markdown document for `summary`.
    public static func render(_ summary: FleetSummary) -> String {
        let totals = summary.totals
        var out = "# Fleet readiness\n\n\(text(summary.headline))\n"
        out += "\n## Readiness\n\n"
        out += table([""] + Readiness.allCases.map { "\($0.rawValue):" } + ["failed:"], rows: [
            ["servers"] + Readiness.allCases.map { "\(totals.serverReadiness[$0])" } + ["\(totals.failed)"],
            ["workloads"] + Readiness.allCases.map { "\(totals.workloadReadiness[$0])" } + ["0"],
        ])
        let categories = CheckCategory.allCases.map { "\(totals.effortByCategory[$0]) \($0.rawValue)" }
        let severities = Severity.allCases.map { "\(totals.findings[$0]) \($0.rawValue)" }
        out += "\n## Effort\n\n\(totals.effort) story points in all (\(categories.joined(separator: ", "))) for "
            + "\(severities.joined(separator: ", ")) active findings; \(totals.suppressed) suppressed.\n"
        out += "\n## Top blockers\n\n"
        out += summary.topBlockers.isEmpty ? "No blockers.\n" : table(
            ["check", "title", "findings:", "servers:"],
            rows: summary.topBlockers.map { [MarkdownEscaper.code($0.ruleID), text($0.title), "\($0.findings)", "\($0.servers)"] })
        for (title, counts, unit) in [("Base images", summary.baseImages, "workloads:"),
                                      ("Target hosts", summary.hostVersions, "servers:"),
                                      ("Source OS", summary.sourceOS, "servers:")] {
            out += "\n## \(title)\n\n" + table(["name", unit], rows: counts.map { [text($0.name), "\($0.count)"] })
        }
        out += "\n## Servers\n\n"
        out += table(
            ["server", "status", "source OS", "target host", "readiness", "workloads ready / with changes / blocked",
             "findings error / warning / info", "effort:", "gate"],
            rows: summary.servers.map { server in
                [text(server.name), server.status.rawValue, text(server.sourceOS ?? ""), text(server.target ?? ""),
                 server.readiness?.rawValue ?? "",
                 Readiness.allCases.map { "\(server.workloads[$0])" }.joined(separator: " / "),
                 Severity.allCases.map { "\(server.findings[$0])" }.joined(separator: " / "),
                 "\(server.effort)", server.gateFailed.map { $0 ? "failed" : "passed" } ?? ""]
            })
        out += "\n## Workloads\n\n"
        out += table(
            ["server", "workload", "kind", "base image", "readiness", "effort:"],
            rows: summary.workloads.map { workload in
                [text(workload.server), "\(text(workload.name)) [\(text(workload.id))]", text(workload.kind),
                 MarkdownEscaper.code(workload.image) + (workload.compatible ? "" : " (not compatible with the host)"),
                 workload.readiness.rawValue, "\(workload.effort)"]
            })
        let failed = summary.servers.filter { $0.status == .failed }
        if !failed.isEmpty {
            out += "\n## Failed captures\n\n"
            out += failed.map { "- \(text($0.name)): \(text($0.error ?? ""))\n" }.joined()
        }
        return out
    }

    private static func text(_ value: String) -> String { MarkdownEscaper.text(value) }

    private static func table(_ headers: [String], rows: [[String]]) -> String {
        MarkdownTable(headers: headers, rows: rows).text + "\n"
    }
}
