import Foundation
import Reports
import RuleEngine
import Testing

/// `report.html` in headless Chromium: the page's script builds the findings table, the filters in
/// the address select the exact rows, nothing is logged to the console, and a screenshot is kept for
/// review. Chromium must be installed (`scripts/ensure-deps`); without it these tests fail.
@Suite(.serialized) struct HTMLReportBrowserTests {
    /// Where the screenshots go: a fixed folder in the temporary directory, printed by the test.
    static let screenshots = FileManager.default.temporaryDirectory.appendingPathComponent("image2container-report-screenshots")

    /// Writes the report of `result` into a fresh temporary folder and returns the file.
    static func write(_ result: AssessmentResult, dockerfileLinks: [String: String]) throws -> URL {
        try write(HTMLReport.render(result, dockerfileLinks: dockerfileLinks))
    }

    /// Writes `html` as `report.html` into a fresh temporary folder and returns the file.
    static func write(_ html: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("i2c-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("report.html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// The attribute `name` of the `#i2c-status` element in a dumped DOM.
    static func status(_ name: String, in dom: String) throws -> String {
        let start = try #require(dom.range(of: "<div id=\"i2c-status\""))
        let tag = dom[start.lowerBound...].prefix { $0 != ">" }
        let value = try #require(tag.range(of: "\(name)=\""))
        return String(tag[value.upperBound...].prefix { $0 != "\"" })
    }

    /// The opening tags of the findings table's rows.
    static func rows(in dom: String) -> [Substring] {
        dom.components(separatedBy: "<tr class=\"finding-row\"").dropFirst().map { $0.prefix { $0 != ">" } }
    }

    static func visibleRows(in dom: String) -> Int {
        rows(in: dom).filter { !$0.contains(" hidden") }.count
    }

    /// The findings the page's text search matches: `term` in any of the fields the script searches.
    static func matching(_ term: String, _ result: AssessmentResult) -> [Finding] {
        let names = Dictionary(uniqueKeysWithValues: result.report.workloads.map { ($0.id, $0.name) })
        return result.report.activeFindings.filter { finding in
            let place = finding.file.map { file in finding.line.map { $0 > 0 ? "\(file):\($0)" : file } ?? file } ?? ""
            let fields = [finding.ruleID, finding.title, finding.workload ?? "(server)",
                          finding.workload.map { names[$0] ?? $0 } ?? "Server", finding.message, place,
                          finding.evidence, finding.remediation]
            return fields.contains { $0.lowercased().contains(term.lowercased()) }
        }
    }

    @Test func consoleMessagesAreCaptured() throws {
        let chromium = try HeadlessChromium.locate()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("i2c-console-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("probe.html")
        try "<!DOCTYPE html><title>probe</title><script>console.error('probe-message'); undefinedFunction();</script>"
            .write(to: page, atomically: true, encoding: .utf8)
        let console = try chromium.load(page).console
        #expect(console.contains { $0.contains("probe-message") })
        #expect(console.contains { $0.contains("undefinedFunction") })
    }

    @Test func tableCountsAndFiltersMatchTheData() throws {
        let chromium = try HeadlessChromium.locate()
        let result = try HTMLReportTests.example("multi-site-webfarm")
        let report = result.report
        let file = try Self.write(result, dockerfileLinks: HTMLReportTests.dockerfileLinks(result))
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }

        let page = try chromium.load(file)
        #expect(page.console == [], "the page logged to the console")
        #expect(try Self.status("data-ready", in: page.dom) == "true")
        #expect(try Self.status("data-errors", in: page.dom) == "0")
        #expect(HTMLReportTests.occurrences(of: "<article class=\"card workload-card\"", in: page.dom) == report.workloads.count)
        #expect(Self.rows(in: page.dom).count == report.activeFindings.count)
        #expect(Self.visibleRows(in: page.dom) == report.activeFindings.count)
        #expect(try Self.status("data-total", in: page.dom) == "\(report.activeFindings.count)")
        for readiness in Readiness.allCases {
            let count = report.workloads.filter { $0.readiness == readiness }.count
            #expect(page.dom.contains("data-metric=\"\(readiness.rawValue)\" data-count=\"\(count)\""))
        }

        let warnings = report.activeFindings.filter { $0.severity == .warning }.count
        #expect(warnings > 0 && warnings < report.activeFindings.count)
        let bySeverity = try chromium.load(file, fragment: "severity=warning")
        #expect(bySeverity.console == [])
        #expect(Self.visibleRows(in: bySeverity.dom) == warnings)
        #expect(try Self.status("data-visible", in: bySeverity.dom) == "\(warnings)")
        #expect(bySeverity.dom.contains("Showing \(warnings) of \(report.activeFindings.count)"))

        let term = "FabrikamShopPool"
        let byText = Self.matching(term, result).count
        #expect(byText > 0 && byText < warnings)
        let searched = try chromium.load(file, fragment: "text=\(term)")
        #expect(Self.visibleRows(in: searched.dom) == byText)

        let combined = Self.matching("windows", result).filter { $0.severity == .info && $0.workload == "site-fabrikam-api" }
        #expect(!combined.isEmpty)
        let filtered = try chromium.load(file, fragment: "severity=info&workload=site-fabrikam-api&text=Windows")
        #expect(Self.visibleRows(in: filtered.dom) == combined.count)

        let nothing = try chromium.load(file, fragment: "text=no-such-finding-anywhere")
        #expect(Self.visibleRows(in: nothing.dom) == 0)
        #expect(nothing.dom.contains("<p id=\"findings-empty\" class=\"empty\">No findings match the filters.</p>"))
    }

    @Test func filterControlsUpdateTheTableAndTheAddress() throws {
        let chromium = try HeadlessChromium.locate()
        let result = try HTMLReportTests.example("multi-site-webfarm")
        let total = result.report.activeFindings.count
        // Drives the controls as a user would, after the page's own script, and records what it saw.
        let driver = """
            <script>
            (function () {
              var status = document.getElementById("i2c-status");
              var severity = document.getElementById("filter-severity");
              severity.value = "info";
              severity.dispatchEvent(new Event("change"));
              var text = document.getElementById("filter-text");
              text.value = "Pool";
              text.dispatchEvent(new Event("input"));
              document.body.setAttribute("data-filtered", status.getAttribute("data-visible") + " " + location.hash);
              document.getElementById("filter-clear").click();
              document.body.setAttribute("data-cleared", status.getAttribute("data-visible") + " " + location.hash);
            }());
            </script>
            </body>
            """
        let html = HTMLReport.render(result, dockerfileLinks: [:]).replacingOccurrences(of: "</body>", with: driver)
        let file = try Self.write(html)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }

        let page = try chromium.load(file)
        #expect(page.console == [])
        let expected = Self.matching("pool", result).filter { $0.severity == .info }.count
        #expect(expected > 0)
        #expect(page.dom.contains("data-filtered=\"\(expected) #severity=info&amp;text=Pool\""))
        #expect(page.dom.contains("data-cleared=\"\(total) \""))
        #expect(Self.visibleRows(in: page.dom) == total)
    }

    @Test func hostileCaptureRendersAsTextWithoutErrors() throws {
        let chromium = try HeadlessChromium.locate()
        let result = try HTMLReportEscapingTests.result()
        let file = try Self.write(result, dockerfileLinks: HTMLReportEscapingTests.dockerfileLinks)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }

        let page = try chromium.load(file)
        #expect(page.console == [], "the page logged to the console")
        #expect(try Self.status("data-ready", in: page.dom) == "true")
        #expect(try Self.status("data-errors", in: page.dom) == "0")
        #expect(Self.rows(in: page.dom).count == result.report.activeFindings.count)
        #expect(HTMLReportTests.occurrences(of: "<script", in: page.dom.lowercased()) == 2)
        #expect(!page.dom.lowercased().contains("<img"))
        #expect(page.dom.contains("<td class=\"col-message\">&lt;script&gt;alert(1)&lt;/script&gt;&lt;/script&gt;&lt;!--"))

        let byWorkload = try chromium.load(file, fragment: "workload=\(HTMLReportEscapingTests.hostileID.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
        let expected = result.report.activeFindings.filter { $0.workload == HTMLReportEscapingTests.hostileID }.count
        #expect(expected > 0)
        #expect(Self.visibleRows(in: byWorkload.dom) == expected)
    }

    @Test func screenshotForReview() throws {
        let chromium = try HeadlessChromium.locate()
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        for name in HTMLReportTests.examples {
            let result = try HTMLReportTests.example(name)
            let file = try Self.write(result, dockerfileLinks: HTMLReportTests.dockerfileLinks(result))
            defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
            let png = Self.screenshots.appendingPathComponent("\(name).png")
            try? FileManager.default.removeItem(at: png)
            let console = try chromium.screenshot(file, to: png)
            #expect(console == [])
            let data = try Data(contentsOf: png)
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            #expect(data.count > 20_000)
            print("report.html screenshot: \(png.path)")
        }
    }
}
