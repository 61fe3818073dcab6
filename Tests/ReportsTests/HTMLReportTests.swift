import Foundation
import Reports
import RuleEngine
import Testing

/// `report.html` of the shipped example captures, read as text: the dashboard's numbers, one card
/// per workload, the data island, the Dockerfile links, no external resources, and identical bytes
/// for identical input.
@Suite struct HTMLReportTests {
    /// The shipped example captures (every directory in `examples/captures`).
    static let examples: [String] = {
        let directory = CheckPipelineTests.repositoryRoot.appendingPathComponent("examples/captures")
        let entries = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: [.isDirectoryKey])) ?? []
        return entries.filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .map(\.lastPathComponent).sorted()
    }()

    /// The saved analysis of example capture `name`, as of 2026-11-23.
    static func example(_ name: String) throws -> AssessmentResult {
        let outcome = try CheckPipelineTests.run(name)
        return AssessmentResult(assessment: outcome.assessment, report: outcome.report)
    }

    /// What `convert` passes: each workload's Dockerfile in a folder named after its id.
    static func dockerfileLinks(_ result: AssessmentResult) -> [String: String] {
        Dictionary(uniqueKeysWithValues: result.report.workloads.map { ($0.id, "\($0.id)/Dockerfile") })
    }

    /// The text between `<script type="application/json" id="i2c-data">` and the next `</script>`.
    static func dataIsland(_ html: String) throws -> String {
        let open = try #require(html.range(of: "<script type=\"application/json\" id=\"i2c-data\">"))
        let close = try #require(html.range(of: "</script>", range: open.upperBound..<html.endIndex))
        return String(html[open.upperBound..<close.lowerBound])
    }

    /// The decoded data island's findings.
    static func islandFindings(_ html: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(try dataIsland(html).utf8))
        return try #require((object as? [String: Any])?["findings"] as? [[String: Any]])
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func findsTheShippedExamples() {
        #expect(Self.examples == ["intranet-aspnet48", "multi-site-webfarm", "orders-service-msmq"])
    }

    @Test(arguments: examples) func dashboardCardsAndDataMatchTheReport(name: String) throws {
        let result = try Self.example(name)
        let report = result.report
        let html = HTMLReport.render(result, dockerfileLinks: Self.dockerfileLinks(result))

        #expect(Self.occurrences(of: "<article class=\"card workload-card\"", in: html) == report.workloads.count)
        #expect(html.contains("data-metric=\"workloads\" data-count=\"\(report.workloads.count)\""))
        for readiness in Readiness.allCases {
            let count = report.workloads.filter { $0.readiness == readiness }.count
            #expect(html.contains("data-metric=\"\(readiness.rawValue)\" data-count=\"\(count)\""))
        }
        for severity in Severity.allCases {
            let count = report.activeFindings.filter { $0.severity == severity }.count
            #expect(html.contains("data-severity=\"\(severity.rawValue)\" data-count=\"\(count)\""))
        }
        for category in CheckCategory.allCases {
            let count = report.activeFindings.filter { $0.category == category }.count
            #expect(html.contains("data-category=\"\(category.rawValue)\" data-count=\"\(count)\""))
        }
        let effort = report.activeFindings.map(\.effort).reduce(0, +)
        #expect(html.contains("data-metric=\"effort\" data-count=\"\(effort)\""))
        #expect(html.contains("data-metric=\"findings\" data-count=\"\(report.activeFindings.count)\""))

        let findings = try Self.islandFindings(html)
        #expect(findings.count == report.activeFindings.count)
        #expect(Set(findings.compactMap { $0["rule"] as? String }) == Set(report.activeFindings.map(\.ruleID)))
        for workload in report.workloads {
            #expect(html.contains("<a class=\"button\" href=\"\(workload.id)/Dockerfile\">Dockerfile</a>"))
            #expect(html.contains("<option value=\"\(workload.id)\">"))
        }
        #expect(html.contains("data-gate=\"\(report.gate.failed ? "failed" : "passed")\""))
    }

    @Test func cardsShowPlanRequirementsAndFindings() throws {
        let result = try Self.example("multi-site-webfarm")
        let html = HTMLReport.render(result, dockerfileLinks: [:])
        let start = try #require(html.range(of: "<article class=\"card workload-card\" id=\"workload-site-fabrikam-shop\""))
        let end = try #require(html.range(of: "</article>", range: start.upperBound..<html.endIndex))
        let card = String(html[start.lowerBound..<end.upperBound])
        #expect(card.contains("<h3>Fabrikam Shop</h3>"))
        #expect(card.contains("<code>mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2025</code>"))
        #expect(card.contains("<dt>Runtime</dt><dd><ul class=\"tags\"><li>.NET Framework</li></ul></dd>"))
        #expect(card.contains("<li>https *:443 shop.fabrikam.com</li>"))
        #expect(card.contains("<li>App pool FabrikamShopPool: SpecificUser FABRIKAM\\svc-shop (domain account)</li>"))
        #expect(card.contains("<li>\\\\fs01.fabrikam.local\\webcontent\\media (UNC share, serves /media)</li>"))
        #expect(card.contains("<li>forms (Fabrikam Shop)</li>"))
        #expect(card.contains("Process isolation runs the Windows Server 2025 image on Windows Server 2025"))
        let findings = result.report.activeFindings.filter { $0.workload == "site-fabrikam-shop" }
        #expect(card.contains("<summary>Findings <span class=\"count\">\(findings.count)</span>"))
        #expect(Self.occurrences(of: "<li><span class=\"chip sev-", in: card) == findings.count)
        #expect(!card.contains("Dockerfile</a>"), "no link without a Dockerfile")
    }

    @Test func isSelfContained() throws {
        let result = try Self.example("multi-site-webfarm")
        let html = HTMLReport.render(result, dockerfileLinks: Self.dockerfileLinks(result))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
        for external in ["<link", " src=", "@import", "url(", "<iframe", "<img", "fetch(", "XMLHttpRequest"] {
            #expect(!html.contains(external), "\(external) would load something")
        }
        #expect(Self.occurrences(of: "<script", in: html) == 2)
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let result = try Self.example("orders-service-msmq")
        let links = Self.dockerfileLinks(result)
        let first = HTMLReport.render(result, dockerfileLinks: links)
        #expect(HTMLReport.render(result, dockerfileLinks: links) == first)
        let saved = try JSONEncoder().encode(result)
        let reloaded = try JSONDecoder().decode(AssessmentResult.self, from: saved)
        #expect(HTMLReport.render(reloaded, dockerfileLinks: links) == first)
    }

    @Test func suppressedFindingsExpiredWaiversAndProblemsHaveTheirOwnSections() throws {
        var result = try Self.example("intranet-aspnet48")
        let sample = SampleCheckReport.make()
        result.report.findings = sample.findings
        result.report.expiredWaivers = sample.expiredWaivers
        result.report.problems = sample.problems + [ProblemEntry(kind: "input", message: "bad XML", file: "iis/web.config", line: 7)]
        let html = HTMLReport.render(result, dockerfileLinks: [:])

        #expect(try Self.islandFindings(html).count == 2)
        let suppressed = try section("suppressed", in: html)
        #expect(suppressed.contains("<h2 id=\"suppressed-title\">Suppressed (waived / baselined)</h2>"))
        #expect(Self.occurrences(of: "<tr><td>", in: suppressed) == 2)
        #expect(suppressed.contains("<span class=\"chip sup-waived\">Waived</span>"))
        #expect(suppressed.contains("<td>gMSA requested</td><td>2027-03-31</td>"))
        #expect(suppressed.contains("<span class=\"chip sup-baselined\">Baselined</span>"))
        let expired = try section("expired-waivers", in: html)
        #expect(expired.contains("<td><span class=\"rule-id\">ROLE-AD-DS</span></td><td>*</td><td>2026-01-01</td><td>old</td>"))
        #expect(expired.contains("waivers.yaml:4"))
        let problems = try section("problems", in: html)
        #expect(problems.contains("<span class=\"chip problem\">Rule error</span>"))
        #expect(problems.contains("<span class=\"chip problem\">Unreadable input</span></td><td><span class=\"loc\">iis/web.config:7</span></td><td>bad XML</td>"))
        #expect(html.contains("<span class=\"count\">2</span></a></li><li><a href=\"#expired-waivers\">"))

        let clean = HTMLReport.render(try Self.example("intranet-aspnet48"), dockerfileLinks: [:])
        #expect(try section("suppressed", in: clean).contains("<p class=\"empty\">No waived or baselined findings.</p>"))
        #expect(try section("problems", in: clean).contains("<p class=\"empty\">No problems"))
    }

    private func section(_ id: String, in html: String) throws -> String {
        let start = try #require(html.range(of: "<section id=\"\(id)\""))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }
}
