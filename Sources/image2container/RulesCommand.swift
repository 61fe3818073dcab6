import ArgumentParser
import Foundation
import Reports
import RuleEngine

/// `image2container rules …`: for rule authors.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, explain and validate checks.",
        subcommands: [List.self, Explain.self, Validate.self]
    )

    /// Options shared by `list` and `explain`.
    struct Source: ParsableArguments {
        @Option(name: .customLong("rules"), help: "An extra directory of checks (repeatable).")
        var ruleDirectories: [String] = []

        func checks() throws -> [Check] {
            let rules = try RulesLocation.required()
            let request = CheckRequest(
                capture: rules, options: .init(asOf: ExampleCaptures.asOf), rulesDirectory: rules,
                extraCheckDirectories: ruleDirectories.map { URL(fileURLWithPath: $0) })
            do {
                return try CheckPipeline.loadChecks(request)
            } catch {
                throw error.reported()
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every check: id, severity, category, title.")

        @OptionGroup var source: Source

        func run() throws {
            for check in try source.checks() {
                print([check.id, check.severity.rawValue, check.category.rawValue, check.title].joined(separator: "\t"))
            }
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a check's description, condition and remediation.")

        @Argument(help: "The check id.")
        var id: String

        @OptionGroup var source: Source

        func run() throws {
            guard let check = try source.checks().first(where: { $0.id == id }) else {
                printError("error: no check has the id '\(id)'")
                throw ExitStatus.inputError
            }
            print(RuleExplanation.text(for: check), terminator: "")
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load a directory of checks and run every check's examples.",
            discussion: "Exit codes: 0 valid; 1 an example did not behave; 2 a check did not load.")

        @Argument(help: "The directory of checks.")
        var directory: String

        func run() throws {
            let set = CheckLoader.load(directories: [directory])
            for error in set.errors { printError(error.description) }
            guard set.errors.isEmpty else { throw ExitStatus.inputError }
            let examples = try ExampleCaptures(rulesDirectory: RulesLocation.required())
            let failures = ExampleRunner(captureAssessment: examples.assessmentXML(named:)).run(set.checks)
            for failure in failures { printError(failure.description) }
            print("\(set.checks.count) checks, \(failures.count) example failures")
            if !failures.isEmpty { throw ExitStatus.findings }
        }
    }
}
