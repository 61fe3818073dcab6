import Foundation
import Reports
import Testing

/// `merge` rebuilds the summary `assess` wrote from the per-server files, and reports every input
/// it cannot read.
@Suite struct FleetMergeTests {
    @Test func rebuildsTheSummaryAssessWroteByteForByte() async throws {
        let fixture = try FleetFixture()
        let assessed = try await fixture.assess()
        let merged = try FleetMerge.merge(
            inputs: [fixture.output("out/servers")], output: fixture.output("merged"), force: false)
        #expect(merged == assessed)
        for file in ["fleet.json", "fleet.html", "fleet.md"] {
            #expect(try fixture.text(file, in: "merged") == fixture.text(file, in: "out"))
        }
    }

    @Test func readsTheFindingsOfCheckWithoutTheSourceOS() async throws {
        let fixture = try FleetFixture()
        let assessed = try await fixture.assess()
        let findings = FleetFixture.examples.map { fixture.output("out/servers/\($0)/findings.json") }
        let merged = FleetSummary.build(from: try FleetMerge.results(from: findings))
        #expect(merged.sourceOS == [RankedCount(name: "unknown", count: 3)])
        #expect(merged.servers.map(\.name) == FleetFixture.examples)
        #expect(merged.topBlockers == assessed.topBlockers)
        #expect(merged.workloads == assessed.workloads)
        #expect(merged.totals.findings == assessed.totals.findings)
        #expect(merged.verdict == .gateFailed)
    }

    @Test func prefersTheAssessmentBesideAFindingsFile() async throws {
        let fixture = try FleetFixture()
        _ = try await fixture.assess()
        let results = try FleetMerge.results(from: [fixture.output("out")])
        #expect(results.map(\.name).sorted() == ["broken"] + FleetFixture.examples)
    }

    @Test func reportsEveryInputItCannotRead() throws {
        let fixture = try FleetFixture(broken: false)
        let directory = fixture.output("results")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let newer = directory.appendingPathComponent("newer.json")
        try Data(#"{"schemaVersion": 7, "capture": "web01"}"#.utf8).write(to: newer)
        let list = directory.appendingPathComponent("list.json")
        try Data("[]".utf8).write(to: list)
        let partial = directory.appendingPathComponent("partial.json")
        try Data(#"{"schemaVersion": 1, "capture": "web01"}"#.utf8).write(to: partial)
        let missing = directory.appendingPathComponent("missing.json")
        #expect(throws: CheckFailure.input([
            "\(missing.path): no such file or directory",
            "\(newer.path): schema version 7 is not supported (this image2container reads version 1)",
            "\(list.path): not a findings.json, assessment.json or error.json of image2container: "
                + "the document: Expected to decode Dictionary<String, Any> but found an array instead.",
            "\(partial.path): not a findings.json, assessment.json or error.json of image2container: tool is missing",
        ])) {
            try FleetMerge.results(from: [newer, missing, list, partial])
        }
        #expect(throws: CheckFailure.input(["\(fixture.captures.path): holds no findings.json, assessment.json or error.json"])) {
            try FleetMerge.results(from: [fixture.captures])
        }
    }
}
