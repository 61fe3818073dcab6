import Foundation
import Reports
import Testing

/// `report.md`: byte-for-byte golden files per example capture (`UPDATE_GOLDEN=1` rewrites them),
/// identical bytes for identical input, and hostile capture text rendered as text.
@Suite struct MarkdownReportTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/Markdown")

    @Test(arguments: HTMLReportTests.examples) func matchesTheGoldenFile(name: String) throws {
        let result = try HTMLReportTests.example(name)
        let markdown = Data(MarkdownReport.render(result, dockerfileLinks: HTMLReportTests.dockerfileLinks(result)).utf8)
        let file = Self.golden.appendingPathComponent("\(name).md")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try markdown.write(to: file)
        }
        let expected = try Data(contentsOf: file)
        #expect(markdown == expected, "report.md of \(name) differs from \(file.path); UPDATE_GOLDEN=1 rewrites it")
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let result = try HTMLReportTests.example("multi-site-webfarm")
        let links = HTMLReportTests.dockerfileLinks(result)
        let first = MarkdownReport.render(result, dockerfileLinks: links)
        #expect(MarkdownReport.render(result, dockerfileLinks: links) == first)
        let reloaded = try JSONDecoder().decode(AssessmentResult.self, from: try JSONEncoder().encode(result))
        #expect(MarkdownReport.render(reloaded, dockerfileLinks: links) == first)
    }

    @Test func fitsInAPullRequestComment() throws {
        for name in HTMLReportTests.examples {
            let result = try HTMLReportTests.example(name)
            let markdown = MarkdownReport.render(result, dockerfileLinks: HTMLReportTests.dockerfileLinks(result))
            #expect(markdown.count < 65_536, "\(name): GitHub rejects comments over 65,536 characters")
        }
    }

    @Test func hostileTextStaysText() throws {
        let result = try HTMLReportEscapingTests.result()
        let markdown = MarkdownReport.render(result, dockerfileLinks: HTMLReportEscapingTests.dockerfileLinks)

        let allowedTags = ["<br>", "<code>", "</code>", "<details>", "</details>", "<summary>", "</summary>", "<sub>", "</sub>"]
        for tail in markdown.components(separatedBy: "<").dropFirst() {
            let tag = "<" + tail
            #expect(allowedTags.contains { tag.hasPrefix($0) }, "raw HTML \(tag.prefix(20))")
        }
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;/script&gt;&lt;!-- \"double\" 'single' &amp; &lt;img"))
        #expect(markdown.contains(#"\| \*bold\* \_em\_ \[link\](javascript:alert(3)) \`code\` "#))
        #expect(markdown.components(separatedBy: "](javascript").dropLast().allSatisfy { $0.hasSuffix("\\") })
        #expect(!markdown.contains("example.com"))
        #expect(markdown.contains("[learn.microsoft.com: ok]["))
        #expect(markdown.contains("]: https://learn.microsoft.com/ok\n"))
        #expect(markdown.contains("[Dockerfile](x%22%3E%3Cscript%3Ealert%287%29%3C/script%3E/Dockerfile)"))

        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(headings.allSatisfy { $0.hasPrefix("# Container readiness: ") || $0.hasPrefix("## ") || $0.hasPrefix("### ") })
        #expect(!headings.contains { $0.hasPrefix("# heading") })

        for table in Self.tables(in: markdown) {
            let widths = Set(table.map(Self.cellCount))
            #expect(widths.count == 1, "a row with a different number of cells: \(table.first ?? "")")
        }
    }

    /// Runs of consecutive lines that start with `|`.
    static func tables(in markdown: String) -> [[Substring]] {
        var tables: [[Substring]] = []
        var current: [Substring] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") {
                current.append(line)
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        return current.isEmpty ? tables : tables + [current]
    }

    /// The number of cell separators in a table row: `|` not right after a backslash (GitHub's
    /// table parser treats every `\\|` as an escaped pipe).
    static func cellCount(_ row: Substring) -> Int {
        zip(row, row.dropFirst()).filter { $0.0 != "\\" && $0.1 == "|" }.count + (row.first == "|" ? 1 : 0)
    }
}
