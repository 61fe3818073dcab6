import ArgumentParser
import Foundation
import Reports
import RuleEngine

/// The gate options `check`, `convert` and `assess` share: threshold, waivers, baseline.
struct GateOptionGroup: ParsableArguments {
    /// `--fail-on`: a severity or never.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, never

        var severity: Severity? { Severity(rawValue: rawValue) }
    }

    @Option(help: "Fail (exit 1) on active findings of this severity or worse: error, warning, info or never.")
    var failOn: FailOn = .error

    @Option(help: "A YAML file of waivers (rule, workload, justification, expires).")
    var waivers: String?

    @Option(help: "A baseline: a findings JSON from an earlier run (or {\"version\":1,\"fingerprints\":[…]}); only new findings fail.")
    var baseline: String?

    /// The request for analysing `capture` with these and the analysis options.
    func request(capture: URL, analysis: AnalysisOptionGroup, rules: URL) -> CheckRequest {
        CheckRequest(
            capture: capture, options: analysis.analysisOptions(), rulesDirectory: rules,
            extraCheckDirectories: analysis.ruleDirectories.map { URL(fileURLWithPath: $0) },
            disabledChecks: analysis.disabledChecks, waivers: waivers.map { URL(fileURLWithPath: $0) },
            baseline: baseline.map { URL(fileURLWithPath: $0) }, failOn: failOn.severity)
    }
}
