import ArgumentParser
import Foundation
import Reports

/// `image2container merge <result>... --output DIR`: the fleet summary from per-server results made
/// elsewhere (one `check` per capture in a CI matrix or a Kubernetes Indexed Job), in one step.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Build the fleet summary from per-server results made elsewhere.",
        discussion: """
            Each argument is a result file (the findings.json of check --format json, or the \
            assessment.json or error.json that assess writes per server) or a directory searched for \
            them. Writes fleet.html, fleet.md and fleet.json into --output, atomically: the same files \
            assess writes for the same results.

            Exit codes: 0 every server analysed and every gate passed; 1 a server has findings at or \
            above its --fail-on; 2 a result records a capture that could not be analysed or a check \
            that could not be evaluated (this wins over 1), or a usage or input error (unreadable \
            result, output not empty); 3 internal error.
            """
    )

    @Argument(help: "Result files, or directories holding them.")
    var results: [String]

    @Option(name: .shortAndLong, help: "The directory to write; it must be new or empty (see --force).")
    var output: String

    @Flag(help: "Replace a non-empty --output directory.")
    var force = false

    func validate() throws {
        guard !results.isEmpty else { throw ValidationError("name at least one result file or directory") }
    }

    func run() throws {
        let output = URL(fileURLWithPath: output)
        let inputs = results.map { URL(fileURLWithPath: $0) }
        try AssessCommand.finish(Result { () throws(CheckFailure) in try FleetMerge.merge(inputs: inputs, output: output, force: force) },
                                 output: output)
    }
}
