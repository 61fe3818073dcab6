import Foundation
import RuleEngine
import Testing

/// Every check shipped in `rules/checks` loads without errors and behaves on its `xml:` examples
/// (`capture:` examples need the whole pipeline; the end-to-end tests run them).
@Suite struct ShippedChecksTests {
    static let checksDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("rules/checks").path

    @Test func everyShippedCheckLoadsAndPassesItsExamples() {
        let set = CheckLoader.load(directories: [Self.checksDirectory])
        #expect(set.errors.map(\.description) == [])
        #expect(!set.checks.isEmpty)
        #expect(ExampleRunner().run(set.checks).map(\.description) == [])
    }

    /// Shipped checks stay linear in the number of workloads (docs/checks.md, "Performance"): no
    /// `//workload` walk of the whole document and no comparison of a workload with its siblings.
    @Test func noShippedCheckWalksTheWholeDocumentOrComparesWorkloads() {
        let set = CheckLoader.load(directories: [Self.checksDirectory])
        let costly = ["//workload", "sibling::workload", "preceding::", "following::"]
        let offenders = set.checks.filter { check in costly.contains { check.when.contains($0) } }.map(\.id)
        #expect(set.checks.count == 168)
        #expect(offenders == [])
    }
}
