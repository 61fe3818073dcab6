import ArgumentParser
import Foundation
import Reports

/// `image2container assess <captures> --output DIR`: every capture of a fleet, concurrently, into
/// per-server results and a fleet summary.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assess every capture in a directory and write per-server results and a fleet summary.",
        discussion: """
            Each folder and .zip file in <captures> is a capture. Writes servers/<name>/findings.json, \
            report.txt and assessment.json per server (error.json for a capture that could not be \
            analysed), and fleet.html, fleet.md and fleet.json, into --output, atomically. A capture \
            that fails is reported and the others are still analysed.

            Exit codes: 0 every capture analysed and every gate passed; 1 a server has findings at or \
            above --fail-on; 2 a capture could not be analysed or a check could not be evaluated (this \
            wins over 1), or a usage or input error (no captures, invalid rules, output not empty); \
            3 internal error.
            """
    )

    @Argument(help: "A directory holding the captures (folders or .zip files).")
    var captures: String

    @Option(name: .shortAndLong, help: "The directory to write; it must be new or empty (see --force).")
    var output: String

    @Option(help: "Captures analysed at the same time (default: the number of processor cores).")
    var jobs: Int?

    @Flag(help: "Replace a non-empty --output directory.")
    var force = false

    @Flag(name: .shortAndLong, help: "Show no progress on standard error.")
    var quiet = false

    @OptionGroup var analysis: AnalysisOptionGroup

    @OptionGroup var gate: GateOptionGroup

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
    }

    func run() throws {
        let directory = URL(fileURLWithPath: captures)
        let template = gate.request(capture: directory, analysis: analysis, rules: try RulesLocation.required())
        let reporter = ProgressReporter(quiet: quiet)
        let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let output = URL(fileURLWithPath: self.output)
        let force = self.force
        let outcome = Self.waitFor { () async -> Result<FleetSummary, CheckFailure> in
            do throws(CheckFailure) {
                return .success(try await FleetAssessment.assess(
                    directory: directory, template: template, jobs: jobs, output: output, force: force,
                    progress: reporter.report))
            } catch {
                return .failure(error)
            }
        }
        try Self.finish(outcome, output: output)
    }

    /// Prints the summary and the failed captures, and exits as the help of `assess` and `merge` says.
    static func finish(_ outcome: Result<FleetSummary, CheckFailure>, output: URL) throws {
        let summary: FleetSummary
        switch outcome {
        case .success(let value):
            summary = value
        case .failure(let failure):
            throw failure.reported()
        }
        for server in summary.servers where server.status == .failed {
            printError("error: \(server.name): \(server.error ?? "")")
        }
        print(summary.headline)
        print("Wrote \(output.path)/fleet.html, fleet.md and fleet.json")
        switch summary.verdict {
        case .passed: return
        case .gateFailed: throw ExitStatus.findings
        case .incomplete: throw ExitStatus.inputError
        }
    }

    /// Runs `operation` to completion and returns its value; `run()` is synchronous because the
    /// root command's `main()` is.
    private static func waitFor<Value: Sendable>(_ operation: @escaping @Sendable () async -> Value) -> Value {
        nonisolated(unsafe) var value: Value?
        let done = DispatchSemaphore(value: 0)
        Task {
            value = await operation()
            done.signal()
        }
        done.wait()
        guard let value else { preconditionFailure("the task signalled without a value") }
        return value
    }
}
