import Foundation
import Reports
import RuleEngine
import Testing

/// `fleet.html` and `fleet.md` with hostile names: nothing from a capture becomes markup, the JSON
/// island cannot end its script element, and the page needs no network.
@Suite struct FleetRendererTests {
    static let hostile = "web</script><img src=x onerror=alert(1)>|*x*\nnext"

    static var summary: FleetSummary {
        var report = SampleCheckReport.make()
        report.capture = hostile
        return FleetSummary.build(from: [
            .analysed(AnalysedServer(report: report, host: nil)),
            .failed(ServerFailure(capture: "broken & <b>", error: "line one\n</pre><script>alert(2)</script>")),
        ])
    }

    @Test func escapesEverythingInTheHTML() throws {
        let html = try FleetHTML.render(Self.summary)
        #expect(!html.contains("<img"))
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("web&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;|*x*\nnext"))
        #expect(html.contains("<pre>line one\n&lt;/pre&gt;&lt;script&gt;alert(2)&lt;/script&gt;</pre>"))
        #expect(html.components(separatedBy: "</script>").count == 3)
        #expect(html.contains(#""name" : "web\u003c/script\u003e\u003cimg src=x onerror=alert(1)\u003e|*x*\nnext""#))
    }

    @Test func needsNoNetworkAndSortsItsTables() throws {
        let html = try FleetHTML.render(Self.summary)
        #expect(html.contains("default-src 'none'"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("<table class=\"sortable\">"))
        #expect(html.contains("<th data-type=\"number\">Effort</th>"))
        #expect(html.contains("th.addEventListener(\"click\""))
    }

    @Test func escapesEverythingInTheMarkdown() {
        let markdown = FleetMarkdown.render(Self.summary)
        #expect(markdown.contains(#"| web&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;\|\*x\*<br>next | ok |"#))
        #expect(markdown.contains("- broken &amp; &lt;b&gt;: line one<br>&lt;/pre&gt;&lt;script&gt;alert(2)&lt;/script&gt;\n"))
        let serverRows = markdown.split(separator: "\n").filter { $0.contains(" | ok | ") || $0.contains(" | failed | ") }
        #expect(serverRows.count == 2)
        #expect(serverRows.allSatisfy { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 10 })
    }
}
