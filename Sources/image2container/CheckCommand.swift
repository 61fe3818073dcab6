import Analyzer
import ArgumentParser
import Foundation
import Reports
import RuleEngine

/// `image2container check <capture>`: the pipeline gate.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Assess a capture, run the checks and gate on the findings.",
        discussion: """
            Exit codes: 0 passed; 1 findings at or above --fail-on; 2 usage or input error (bad capture, \
            invalid rule, waiver or baseline file, unknown host); 3 internal error.
            """
    )

    /// The output formats of `check`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, junit
        /// The assessment document the checks ran over (for rule authors).
        case assessmentXML = "assessment-xml"
    }

    @Argument(help: "The capture: a directory or a .zip of one.")
    var capture: String

    @OptionGroup var analysis: AnalysisOptionGroup

    @OptionGroup var gate: GateOptionGroup

    @Option(help: "Output format: text, json, sarif, junit or assessment-xml.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let rules = try RulesLocation.required()
        let captureURL = URL(fileURLWithPath: capture)
        let request = gate.request(capture: captureURL, analysis: analysis, rules: rules)
        let outcome: CheckPipeline.Outcome
        do {
            outcome = try CheckPipeline.run(request)
        } catch {
            throw error.reported()
        }
        try OutputDestination(file: output).emit(capture: captureURL) { try render(outcome) }
        try outcome.report.enforceGate()
    }

    private func render(_ outcome: CheckPipeline.Outcome) throws -> String {
        switch format {
        case .text: CheckTextRenderer.render(outcome.report)
        case .json: try JSONOutput.string(outcome.report)
        case .sarif: try SarifEmitter.render(outcome.report)
        case .junit: JUnitEmitter.render(outcome.report)
        case .assessmentXML: outcome.assessmentXML
        }
    }
}
