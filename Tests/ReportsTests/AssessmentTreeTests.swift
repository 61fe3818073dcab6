import Analyzer
import Foundation
@testable import Reports
import RuleEngine
import Testing

/// The tree the checks query is built without text; it must be the tree parsing the text gives.
@Suite struct AssessmentTreeTests {
    /// Every element, attribute and text node, in document order: name, depth and string value.
    private static func nodes(of document: XPathDocument) throws -> [String] {
        try document.nodes(matching: "//node() | //@*").map { node in
            let depth = try document.string("count(ancestor::node())", at: node)
            return "\(depth) \(node.name)=\(node.stringValue)"
        }
    }

    @Test(arguments: DockerfileFixture.exampleCaptures.map(DockerfileFixture.example) + [DockerfileFixture.hostileCapture])
    func theBuiltTreeIsTheParsedTree(_ capture: URL) throws {
        let outcome = try DockerfileFixture.outcome(capture)
        let built = try AssessmentTree.document(for: outcome.assessment)
        let parsed = try XPathDocument(xml: outcome.assessmentXML)
        let builtNodes = try Self.nodes(of: built)
        #expect(builtNodes == (try Self.nodes(of: parsed)))
        #expect(builtNodes.count > 500)
        let checks = try CheckPipeline.loadChecks(CheckRequest(
            capture: capture, options: AnalysisOptions(asOf: ExampleCaptures.asOf),
            rulesDirectory: DockerfileFixture.repositoryRoot.appendingPathComponent("rules")))
        let evaluator = CheckEvaluator(checks: checks)
        #expect(evaluator.evaluate(built) == evaluator.evaluate(parsed))
    }

    /// Control characters the text escapes or replaces come out of the tree as out of the parser.
    @Test func valuesHoldWhatTheParserReadsBack() throws {
        func write(to output: inout some XMLOutput) {
            output.open("assessment", [
                ("a", "tab\tline\nreturn\r"), ("b", "bell\u{7}nul\u{0}"), ("c", "\u{FFFE}x&<>\""), ("short", "true"),
                ("fifteen-bytes", "123456789012345"), ("sixteen-bytes", "1234567890123456"), ("empty", ""),
            ])
            output.text("note", "a\u{1}b")
            output.empty("leaf", [("skipped", nil)])
            output.close()
        }
        var tree = AssessmentTree()
        write(to: &tree)
        var writer = XMLWriter()
        write(to: &writer)
        let built = try Self.nodes(of: tree.finish())
        #expect(built == (try Self.nodes(of: XPathDocument(xml: writer.document))))
        #expect(built.contains("2 b=bell\u{FFFD}nul\u{FFFD}"))
        #expect(built.contains("2 a=tab\tline\nreturn\r"))
        #expect(built.contains("2 empty="))
    }
}
