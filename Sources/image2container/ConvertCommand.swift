import ArgumentParser
import Foundation
import Reports

/// `image2container convert <capture> --output DIR`: a build context per ready workload and every report.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Write a Dockerfile and build context per ready workload, and the reports.",
        discussion: """
            Writes DIR/<workload>/ (Dockerfile, .dockerignore, setup scripts, content-manifest.txt, content/) \
            for each workload that is ready or ready with changes, and report.html, report.md, findings.json, \
            findings.sarif, junit.xml and assessment.json. The output is written to a temporary directory and \
            moved into place at the end. Exit codes are those of check.
            """
    )

    @Argument(help: "The capture: a directory or a .zip of one.")
    var capture: String

    @Option(name: .shortAndLong, help: "The output directory (refused when not empty, unless --force).")
    var output: String

    @OptionGroup var analysis: AnalysisOptionGroup

    @OptionGroup var gate: GateOptionGroup

    @Option(name: .customLong("workload"), help: "Convert only this workload: its id, site or service name, or site/app (repeatable).")
    var workloads: [String] = []

    @Option(help: "A copy of the server's drives (<root>/C/…, <root>/D/…) to copy site and service content from.")
    var contentRoot: String?

    @Flag(help: "Wrap the entry point with LogMonitor (event logs, ETW and log files to standard output).")
    var logMonitor = false

    @Flag(help: "Replace a non-empty output directory.")
    var force = false

    func run() throws {
        let rules = try RulesLocation.required()
        let request = ConvertRequest(
            check: gate.request(capture: URL(fileURLWithPath: capture), analysis: analysis, rules: rules),
            output: URL(fileURLWithPath: output), force: force, workloads: workloads,
            contentRoot: contentRoot.map { URL(fileURLWithPath: $0) }, dockerfile: DockerfileOptions(logMonitor: logMonitor))
        let outcome: ConvertJob.Outcome
        do {
            outcome = try ConvertJob.run(request)
        } catch {
            throw error.reported()
        }
        let report = outcome.check.report
        print("Wrote \(output): \(outcome.converted.count) build contexts"
            + (outcome.converted.isEmpty ? "" : " (\(outcome.converted.joined(separator: ", ")))"))
        if !outcome.blocked.isEmpty { print("Blocked, no build context: \(outcome.blocked.joined(separator: ", "))") }
        for line in outcome.contentNotCopied { printError("warning: content not copied: \(line)") }
        try report.enforceGate()
    }
}
