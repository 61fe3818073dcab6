import Analyzer
import Foundation
import RuleEngine

/// Everything `check` (and `convert`, `assess`) needs to analyse one capture.
public struct CheckRequest: Sendable {
    /// The capture directory or zip.
    public var capture: URL
    public var options: AnalysisOptions
    /// The shipped rules directory (holding `catalog/` and `checks/`).
    public var rulesDirectory: URL
    /// More check directories (`--rules`).
    public var extraCheckDirectories: [URL]
    /// Check ids turned off (`--disable`).
    public var disabledChecks: [String]
    /// A waivers file (`--waivers`).
    public var waivers: URL?
    /// A baseline file (`--baseline`).
    public var baseline: URL?
    /// The gate threshold (`--fail-on`); nil for `never`.
    public var failOn: Severity?

    public init(capture: URL, options: AnalysisOptions, rulesDirectory: URL, extraCheckDirectories: [URL] = [],
                disabledChecks: [String] = [], waivers: URL? = nil, baseline: URL? = nil, failOn: Severity? = .error) {
        self.capture = capture
        self.options = options
        self.rulesDirectory = rulesDirectory
        self.extraCheckDirectories = extraCheckDirectories
        self.disabledChecks = disabledChecks
        self.waivers = waivers
        self.baseline = baseline
        self.failOn = failOn
    }
}

/// Why a check run could not produce a verdict.
public enum CheckFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Bad input: the capture, a rule, a waiver or baseline file, an unknown host (exit code 2).
    case input([String])
    /// A bug (exit code 3).
    case internalError(String)

    public var description: String {
        switch self {
        case .input(let messages): messages.joined(separator: "\n")
        case .internalError(let message): "internal error: \(message)"
        }
    }
}
