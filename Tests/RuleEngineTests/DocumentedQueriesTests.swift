import Analyzer
import Foundation
import ManifestReaders
import RuleEngine
import Testing

/// The example queries in `docs/inventory-xml.md` run against the multi-site example capture and
/// select exactly what that capture holds, so the documentation cannot drift from the schema.
@Suite struct DocumentedQueriesTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let expectedCounts: [String: Int] = [
        "sites with an https binding": 2,
        "non-HTTP bindings": 1,
        "32-bit pools": 1,
        "pools running as a domain account": 1,
        "content on a UNC share": 1,
        "applications whose content is not on C:": 4,
        "Windows authentication anywhere": 1,
        "added services running as a domain account": 1,
        ".NET Framework older than 4": 3,
    ]

    /// The rows of the "Example queries" table: question and XPath.
    static func documentedQueries() throws -> [(question: String, xpath: String)] {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/inventory-xml.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Example queries").last?
            .components(separatedBy: "## Example\n").first)
        return section.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 2, cells[1].hasPrefix("`"), cells[1].hasSuffix("`") else { return nil }
            return (cells[0], String(cells[1].dropFirst().dropLast()))
        }
    }

    @Test func everyDocumentedQuerySelectsWhatTheExampleHolds() throws {
        let inventory = try CaptureLoader.load(Self.repositoryRoot.appendingPathComponent("examples/captures/multi-site-webfarm"))
        let document = try XPathDocument(xml: InventoryXMLEncoder.document(for: inventory))
        let queries = try Self.documentedQueries()
        #expect(queries.map(\.question).sorted() == Self.expectedCounts.keys.sorted())
        for (question, xpath) in queries {
            #expect(try document.nodes(matching: xpath).count == Self.expectedCounts[question], "\(question)")
        }
    }
}
