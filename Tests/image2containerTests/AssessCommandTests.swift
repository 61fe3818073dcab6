import Foundation
import Testing

/// `assess` end to end: exit codes, progress lines when standard error is not a terminal, the
/// per-server files and the output directory rules.
@Suite struct AssessCommandTests {
    static let examples = ["intranet-aspnet48", "multi-site-webfarm", "orders-service-msmq"]

    /// A directory with the example captures (symbolic links) and, when `broken`, a capture that is
    /// a text file named `broken.zip`.
    static func captures(broken: Bool) throws -> URL {
        let directory = try CommandRunner.temporaryDirectory().appendingPathComponent("captures")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in examples {
            try FileManager.default.createSymbolicLink(
                at: directory.appendingPathComponent(name),
                withDestinationURL: CommandRunner.repositoryRoot.appendingPathComponent("examples/captures/\(name)"))
        }
        if broken { try Data("not a zip archive".utf8).write(to: directory.appendingPathComponent("broken.zip")) }
        return directory
    }

    static func assess(_ captures: URL, _ arguments: [String] = []) throws -> (result: CommandRunner.Result, output: URL) {
        let output = captures.deletingLastPathComponent().appendingPathComponent("out-\(UUID().uuidString)")
        let result = try CommandRunner.run(["assess", captures.path, "--output", output.path, "--as-of", "2026-11-23"] + arguments)
        return (result, output)
    }

    @Test func aFailedCaptureIsReportedAndExitsWithTwo() throws {
        let (result, output) = try Self.assess(try Self.captures(broken: true), ["--jobs", "2"])
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix(
            "4 servers: 3 analysed, 1 failed, 1 failed the gate; 12 workloads: 1 ready, 9 ready-with-changes, 2 blocked\n"))
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let progress = lines.filter { $0.hasPrefix("[") }
        #expect(progress.map { $0.prefix(6) } == ["[1/4] ", "[2/4] ", "[3/4] ", "[4/4] "])
        #expect(Set(progress.map { $0.dropFirst(6) }.filter { !$0.hasPrefix("broken") }) == [
            "intranet-aspnet48: ok", "multi-site-webfarm: ok", "orders-service-msmq: gate failed",
        ])
        #expect(progress.contains { $0.hasSuffix("] broken: failed: \(output.deletingLastPathComponent().path)/captures/broken.zip: neither a directory nor a zip archive; expected a capture directory or a .zip of one") })
        #expect(lines.last?.hasPrefix("error: broken: ") == true)
        let fleet = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("fleet.json"))) as? [String: Any]
        let totals = fleet?["totals"] as? [String: Any]
        #expect(totals?["servers"] as? Int == 4)
        #expect(totals?["failed"] as? Int == 1)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("servers/broken/error.json").path))
    }

    @Test func exitsWithOneWhenAServerFailsItsGateAndZeroOtherwise() throws {
        let captures = try Self.captures(broken: false)
        #expect(try Self.assess(captures).result.status == 1)
        let passing = try Self.assess(captures, ["--fail-on", "never", "--quiet"])
        #expect(passing.result.status == 0)
        #expect(passing.result.stderr.isEmpty)
    }

    @Test func jobsDoNotChangeTheResult() throws {
        let captures = try Self.captures(broken: true)
        let one = try Self.assess(captures, ["--jobs", "1", "-q"]).output
        let two = try Self.assess(captures, ["--jobs", "2", "-q"]).output
        for file in ["fleet.json", "fleet.html", "fleet.md"] {
            #expect(try Data(contentsOf: one.appendingPathComponent(file)) == Data(contentsOf: two.appendingPathComponent(file)))
        }
    }

    @Test func usageAndOutputErrorsExitWithTwo() throws {
        let captures = try Self.captures(broken: false)
        #expect(try Self.assess(captures, ["--jobs", "0"]).result.status == 2)
        #expect(try Self.assess(captures.appendingPathComponent("nothing-here")).result.status == 2)
        let output = captures.deletingLastPathComponent().appendingPathComponent("full")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: output.appendingPathComponent("keep.txt"))
        let arguments = ["assess", captures.path, "--output", output.path, "--as-of", "2026-11-23", "-q"]
        let refused = try CommandRunner.run(arguments)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is not empty; choose an empty directory or pass --force to replace it"))
        #expect(try CommandRunner.run(arguments + ["--force"]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("keep.txt").path))
    }

    @Test func helpDocumentsTheExitCodes() throws {
        let help = try CommandRunner.run(["assess", "--help"]).stdout
        #expect(help.contains("2 a capture could not be analysed"))
        #expect(help.contains("--jobs"))
    }
}
