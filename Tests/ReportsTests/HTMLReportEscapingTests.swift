import Analyzer
import Foundation
import ManifestReaders
import Reports
import RuleEngine
import Testing

/// A capture full of markup: every string from the capture, the rules and the waivers is hostile.
/// `report.html` shows it all as text, and its data island cannot end the script element.
@Suite struct HTMLReportEscapingTests {
    /// Markup, a script end tag, a comment opener, quotes, Markdown syntax, JavaScript line
    /// separators and a new line.
    static let hostile = "<script>alert(1)</script></script><!-- \"double\" 'single' & <img src=x onerror=alert(2)> "
        + "| *bold* _em_ [link](javascript:alert(3)) `code` \u{2028}\u{2029}\n# heading"

    /// A workload id that tries to leave its attribute.
    static let hostileID = "x\" onmouseover=\"alert(8)"

    /// The multi-site-webfarm analysis with every capture-derived string replaced by `hostile`,
    /// a suppressed finding, an expired waiver, a problem, and unsafe rule and tool links.
    static func result() throws -> AssessmentResult {
        var result = try HTMLReportTests.example("multi-site-webfarm")
        let text = hostile
        result.report.capture = text
        result.report.tool.informationURI = "javascript:alert(6)"
        result.report.workloads = result.report.workloads.map { workload in
            var workload = workload
            workload.name = "Site \(text)"
            workload.reasons.append(text)
            return workload
        }
        result.report.workloads[0].id = hostileID
        result.assessment.workloads[0].workload.id = hostileID
        result.assessment.workloads = result.assessment.workloads.map { assessed in
            var assessed = assessed
            let source = ManifestReaders.SourceLocation(file: text, line: 1)
            assessed.workload.name = "Site \(text)"
            assessed.requirements.features.append(RequiredFeature(name: text, reason: text, source: source))
            assessed.requirements.paths.append(RequiredPath(kind: "unc", path: text, drive: nil, application: text,
                                                            virtualPath: text, source: source))
            assessed.requirements.identities.append(RequiredIdentity(kind: "service", name: text, type: "DomainAccount",
                                                                     account: text, domain: true, source: source))
            return assessed
        }
        result.report.findings = result.report.findings.enumerated().map { index, finding in
            var finding = finding
            finding.title = text
            finding.message = text
            finding.evidence = text
            finding.remediation = text
            finding.file = text
            if index == 0 { finding.workload = hostileID }
            if index == 1 { finding.suppression = Suppression(kind: .waived, justification: text, expires: text) }
            return finding
        }
        let firstRule = try #require(result.report.findings.first?.ruleID)
        let ruleIndex = try #require(result.report.rules.firstIndex { $0.id == firstRule })
        result.report.rules[ruleIndex].links = [
            "javascript:alert(4)", "https://example.com/\"><script>alert(5)</script>", "https://learn.microsoft.com/ok",
        ]
        result.report.expiredWaivers = [ExpiredWaiverEntry(rule: text, scope: text, expires: text, justification: text,
                                                           file: text, line: 3)]
        result.report.problems = [ProblemEntry(kind: "input", message: text, file: text, line: 2)]
        return result
    }

    /// Dockerfile links as hostile as the rest.
    static let dockerfileLinks = [hostileID: "x\"><script>alert(7)</script>/Dockerfile"]

    @Test func staticMarkupHasNoHostileElementsOrAttributes() throws {
        let html = HTMLReport.render(try Self.result(), dockerfileLinks: Self.dockerfileLinks)
        #expect(HTMLReportTests.occurrences(of: "<script", in: html.lowercased()) == 2)
        #expect(HTMLReportTests.occurrences(of: "</script", in: html.lowercased()) == 2)
        for forbidden in ["<img", "<!--", "onmouseover=\"", "href=\"javascript", "alert(5)</"] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;/script&gt;&lt;!-- &quot;double&quot; &#39;single&#39; &amp; &lt;img"))
        #expect(html.contains("<title>Container readiness: &lt;script&gt;alert(1)"))
        #expect(html.contains("id=\"workload-x&quot; onmouseover=&quot;alert(8)\""))

        let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(!hrefs.isEmpty)
        for href in hrefs {
            let allowed = href.hasPrefix("#") || href.hasPrefix("x&quot;&gt;&lt;script&gt;alert(7)")
            #expect(allowed, "unexpected link \(href)")
        }
        #expect(!html.contains("example.com"), "a link with quotes and brackets is dropped")
    }

    @Test func dataIslandCannotBreakOutAndKeepsTheText() throws {
        let result = try Self.result()
        let html = HTMLReport.render(result, dockerfileLinks: Self.dockerfileLinks)
        let island = try HTMLReportTests.dataIsland(html)
        for character in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            #expect(!island.contains(character), "\(character.unicodeScalars.map(\.value)) in the island")
        }
        #expect(island.contains(#"\u003cscript\u003ealert(1)\u003c/script\u003e"#))
        #expect(island.contains(#"\u2028\u2029\n# heading"#))

        let findings = try HTMLReportTests.islandFindings(html)
        #expect(findings.count == result.report.activeFindings.count)
        #expect(findings.allSatisfy { $0["message"] as? String == Self.hostile && $0["evidence"] as? String == Self.hostile })
        #expect(findings.contains { $0["workload"] as? String == Self.hostileID })
        let links = findings.flatMap { ($0["links"] as? [[String: String]]) ?? [] }.compactMap { $0["href"] }
        #expect(links.contains("https://learn.microsoft.com/ok"))
        #expect(links.allSatisfy { $0.hasPrefix("https://") && !$0.contains("\"") })
    }
}
