import Analyzer
import Foundation
import Reports
import RuleEngine
import Testing

/// A directory holding the three example captures (as symbolic links), a broken capture and
/// entries that are not captures, and an output area beside it; removed when released.
final class FleetFixture: Sendable {
    static let asOf = "2026-11-23"
    static let examples = ["intranet-aspnet48", "multi-site-webfarm", "orders-service-msmq"]

    let root: URL
    var captures: URL { root.appendingPathComponent("captures") }

    /// The examples plus `broken.zip` (text, not a zip), `notes.txt` and a hidden folder.
    init(broken: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("fleet-tests-\(UUID().uuidString)")
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: captures.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        for name in Self.examples {
            try fileManager.createSymbolicLink(
                at: captures.appendingPathComponent(name),
                withDestinationURL: CheckPipelineTests.repositoryRoot.appendingPathComponent("examples/captures/\(name)"))
        }
        if broken { try Data("not a zip archive".utf8).write(to: captures.appendingPathComponent("broken.zip")) }
        try Data("not a capture".utf8).write(to: captures.appendingPathComponent("notes.txt"))
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// The request every capture is analysed with.
    var template: CheckRequest {
        CheckRequest(capture: captures, options: AnalysisOptions(asOf: Self.asOf), rulesDirectory: CheckPipelineTests.rules)
    }

    func output(_ name: String) -> URL { root.appendingPathComponent(name) }

    func assess(jobs: Int = 2, into name: String = "out", force: Bool = false,
                progress: @escaping @Sendable (FleetProgress) -> Void = { _ in }) async throws -> FleetSummary {
        try await FleetAssessment.assess(
            directory: captures, template: template, jobs: jobs, output: output(name), force: force, progress: progress)
    }

    func text(_ relative: String, in name: String = "out") throws -> String {
        try String(contentsOf: output(name).appendingPathComponent(relative), encoding: .utf8)
    }
}

/// Progress events as they arrive.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [FleetProgress] = []

    func record(_ event: FleetProgress) {
        lock.withLock { stored.append(event) }
    }

    var events: [FleetProgress] { lock.withLock { stored } }
}

/// `assess` over the example captures and a broken one: exact fleet counts, per-server files,
/// determinism whatever the number of jobs, and the output directory rules.
@Suite struct FleetAssessmentTests {
    @Test func countsTheFleetExactly() async throws {
        let fixture = try FleetFixture()
        let summary = try await fixture.assess()
        let totals = summary.totals
        #expect((totals.servers, totals.analysed, totals.failed, totals.gateFailed, totals.ruleErrors) == (4, 3, 1, 1, 0))
        #expect(Readiness.allCases.map { totals.serverReadiness[$0] } == [0, 2, 1])
        #expect(totals.workloads == 12)
        #expect(Readiness.allCases.map { totals.workloadReadiness[$0] } == [1, 9, 2])
        #expect(Severity.allCases.map { totals.findings[$0] } == [3, 49, 59])
        #expect(totals.suppressed == 0)
        #expect(totals.effort == 199)
        #expect(CheckCategory.allCases.map { totals.effortByCategory[$0] } == [18, 134, 47])
        #expect(summary.topBlockers == [
            FleetBlocker(ruleID: "MSMQ-WITH-GMSA", title: "MSMQ together with a gMSA is not supported", findings: 1, servers: 1),
            FleetBlocker(ruleID: "SVC-INTERACTIVE", title: "Interactive service", findings: 1, servers: 1),
            FleetBlocker(ruleID: "SVC-KERNEL-DRIVER", title: "Added kernel or file-system driver", findings: 1, servers: 1),
        ])
        #expect(summary.baseImages == [
            RankedCount(name: "mcr.microsoft.com/windows/servercore:ltsc2025", count: 5),
            RankedCount(name: "mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2025", count: 4),
            RankedCount(name: "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2025", count: 2),
            RankedCount(name: "mcr.microsoft.com/dotnet/framework/wcf:4.8.1-windowsservercore-ltsc2025", count: 1),
        ])
        #expect(summary.hostVersions == [RankedCount(name: "ltsc2025 (build 26100)", count: 3)])
        #expect(summary.sourceOS == [
            RankedCount(name: "Windows Server 2012 R2 Standard (build 9600)", count: 1),
            RankedCount(name: "Windows Server 2016 Datacenter (build 14393)", count: 1),
            RankedCount(name: "Windows Server 2019 Standard (build 17763)", count: 1),
        ])
        #expect(summary.verdict == .incomplete)
        #expect(summary.headline
            == "4 servers: 3 analysed, 1 failed, 1 failed the gate; 12 workloads: 1 ready, 9 ready-with-changes, 2 blocked")
    }

    @Test func listsEveryServerWithItsStatus() async throws {
        let fixture = try FleetFixture()
        let servers = try await fixture.assess().servers
        #expect(servers.map(\.name) == ["broken"] + FleetFixture.examples)
        #expect(servers.map(\.status) == [.failed, .ok, .ok, .ok])
        #expect(servers.map(\.readiness) == [nil, .readyWithChanges, .readyWithChanges, .blocked])
        #expect(servers.map(\.gateFailed) == [nil, false, false, true])
        #expect(servers.map(\.effort) == [0, 36, 112, 51])
        #expect(servers[0].error?.hasSuffix("broken.zip: neither a directory nor a zip archive; expected a capture directory or a .zip of one") == true)
        #expect(servers[3].workloads[.blocked] == 2)
        #expect(Severity.allCases.map { servers[3].findings[$0] } == [3, 6, 11])
    }

    @Test func writesWhatCheckWritesPerServer() async throws {
        let fixture = try FleetFixture()
        let summary = try await fixture.assess()
        let files = try FileManager.default.subpathsOfDirectory(atPath: fixture.output("out").path).sorted()
        let perServer: [String] = FleetFixture.examples.flatMap { name -> [String] in
            ["servers/\(name)", "servers/\(name)/assessment.json", "servers/\(name)/findings.json", "servers/\(name)/report.txt"]
        }
        let expected = ["fleet.html", "fleet.json", "fleet.md", "servers", "servers/broken", "servers/broken/error.json"] + perServer
        #expect(files == expected)
        var request = fixture.template
        request.capture = fixture.captures.appendingPathComponent("orders-service-msmq")
        let outcome = try CheckPipeline.run(request)
        #expect(try fixture.text("servers/orders-service-msmq/findings.json") == JSONOutput.string(outcome.report))
        #expect(try fixture.text("servers/orders-service-msmq/report.txt") == CheckTextRenderer.render(outcome.report))
        #expect(try fixture.text("fleet.json") == JSONOutput.string(summary))
    }

    @Test func givesIdenticalBytesWhateverTheNumberOfJobs() async throws {
        let fixture = try FleetFixture()
        _ = try await fixture.assess(jobs: 1, into: "one")
        _ = try await fixture.assess(jobs: 2, into: "two")
        _ = try await fixture.assess(jobs: 8, into: "eight")
        for file in ["fleet.json", "fleet.html", "fleet.md", "servers/intranet-aspnet48/assessment.json"] {
            #expect(try fixture.text(file, in: "one") == fixture.text(file, in: "two"))
            #expect(try fixture.text(file, in: "one") == fixture.text(file, in: "eight"))
        }
    }

    @Test func reportsProgressOncePerCapture() async throws {
        let fixture = try FleetFixture()
        let log = ProgressLog()
        _ = try await fixture.assess(progress: log.record)
        let events = log.events
        #expect(events.map(\.completed) == [1, 2, 3, 4])
        #expect(events.allSatisfy { $0.total == 4 })
        let statuses = Dictionary(uniqueKeysWithValues: events.map { ($0.server, $0.status) })
        #expect(statuses["intranet-aspnet48"] == .passed)
        #expect(statuses["orders-service-msmq"] == .gateFailed)
        guard case .failed(let error)? = statuses["broken"] else {
            Issue.record("broken was not reported as failed")
            return
        }
        #expect(error.contains("neither a directory nor a zip archive"))
    }

    @Test func takesFoldersAndZipFilesAsCaptures() throws {
        let fixture = try FleetFixture()
        #expect(try FleetAssessment.captures(in: fixture.captures).map(\.lastPathComponent) == ["broken.zip"] + FleetFixture.examples)
        let empty = fixture.output("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(throws: CheckFailure.input(["\(empty.path): holds no capture (a folder or a .zip file)"])) {
            try FleetAssessment.captures(in: empty)
        }
    }

    @Test func refusesANonEmptyOutputUnlessForcedAndLeavesNothingBehind() async throws {
        let fixture = try FleetFixture(broken: false)
        let output = fixture.output("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: output.appendingPathComponent("old.txt"))
        await #expect(throws: CheckFailure.input(["\(output.path) is not empty; choose an empty directory or pass --force to replace it"])) {
            _ = try await fixture.assess()
        }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("old.txt").path))
        let summary = try await fixture.assess(force: true)
        #expect(summary.verdict == .gateFailed)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("old.txt").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).sorted() == ["captures", "out"])
    }

    @Test func refusesAnOutputInsideOrAroundTheCaptures() async throws {
        let fixture = try FleetFixture(broken: false)
        for output in [fixture.captures.appendingPathComponent("results"), fixture.captures, fixture.root] {
            await #expect(throws: CheckFailure.self) {
                _ = try await FleetAssessment.assess(
                    directory: fixture.captures, template: fixture.template, jobs: 1, output: output, force: true) { _ in }
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root.path) == ["captures"])
        #expect(try FleetAssessment.captures(in: fixture.captures).count == 3)
    }

    @Test func stopsBeforeAnalysingWhenAChecksDirectoryDoesNotLoad() async throws {
        let fixture = try FleetFixture(broken: false)
        let rules = fixture.output("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try Data("checks:\n  - id: BROKEN\n    severity: fatal\n".utf8).write(to: rules.appendingPathComponent("broken.yaml"))
        var template = fixture.template
        template.extraCheckDirectories = [rules]
        await #expect(throws: CheckFailure.self) {
            _ = try await FleetAssessment.assess(
                directory: fixture.captures, template: template, jobs: 1, output: fixture.output("out"), force: false) { _ in }
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.output("out").path))
    }
}
