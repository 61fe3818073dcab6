import Foundation
import Testing

/// `merge` end to end: the fleet summary from per-server results equals the one `assess` wrote.
@Suite struct MergeCommandTests {
    @Test func rebuildsTheFleetSummaryOfAssess() throws {
        let captures = try AssessCommandTests.captures(broken: true)
        let assessed = try AssessCommandTests.assess(captures, ["-q"]).output
        let merged = captures.deletingLastPathComponent().appendingPathComponent("merged")
        let result = try CommandRunner.run(["merge", assessed.appendingPathComponent("servers").path, "--output", merged.path])
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix("4 servers: 3 analysed, 1 failed, 1 failed the gate;"))
        for file in ["fleet.json", "fleet.html", "fleet.md"] {
            #expect(try Data(contentsOf: merged.appendingPathComponent(file)) == Data(contentsOf: assessed.appendingPathComponent(file)))
        }
    }

    @Test func readsFindingsWrittenByCheck() throws {
        let directory = try CommandRunner.temporaryDirectory()
        var files: [String] = []
        for name in AssessCommandTests.examples {
            let file = directory.appendingPathComponent("\(name).json").path
            _ = try CommandRunner.run(["check", "examples/captures/\(name)", "--as-of", "2026-11-23", "--format", "json", "--output", file])
            files.append(file)
        }
        let output = directory.appendingPathComponent("fleet")
        let result = try CommandRunner.run(["merge"] + files + ["--output", output.path])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix(
            "3 servers: 3 analysed, 0 failed, 1 failed the gate; 12 workloads: 1 ready, 9 ready-with-changes, 2 blocked\n"))
        #expect(try CommandRunner.run(["merge", files[0], "--output", output.path]).status == 2)
    }

    @Test func unreadableInputsExitWithTwo() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let junk = directory.appendingPathComponent("junk.json")
        try Data("{".utf8).write(to: junk)
        let result = try CommandRunner.run(["merge", junk.path, "--output", directory.appendingPathComponent("out").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(junk.path): not a findings.json, assessment.json or error.json of image2container: not valid JSON"))
        #expect(try CommandRunner.run(["merge", "--output", directory.path]).status == 2)
    }
}
