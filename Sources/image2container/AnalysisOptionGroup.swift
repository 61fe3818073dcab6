import Analyzer
import ArgumentParser
import Foundation

extension IsolationChoice: ExpressibleByArgument {}

/// Options every analysing command shares: the target, the split, the date, and the rules.
struct AnalysisOptionGroup: ParsableArguments {
    @Option(help: "Container host to plan for: ltsc2019, ltsc2022, ltsc2025, a release name or a build number (default: the newest LTSC).")
    var host: String?

    @Option(help: "Isolation mode: process, hyperv or auto (process where the host allows it).")
    var isolation: IsolationChoice = .auto

    @Flag(help: "Keep the whole server as one workload instead of one per IIS site and added service.")
    var oneWorkloadPerServer = false

    @Option(help: "The date to judge support lifecycles and waiver expiry by, YYYY-MM-DD (default: today, UTC).")
    var asOf: String?

    @Option(name: .customLong("rules"), help: "An extra directory of checks (repeatable).")
    var ruleDirectories: [String] = []

    @Option(name: .customLong("disable"), help: "Turn a check off by id (repeatable).")
    var disabledChecks: [String] = []

    func validate() throws {
        if let asOf, !Self.isDate(asOf) {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, not '\(asOf)'")
        }
    }

    /// The analysis options, with today's UTC date when `--as-of` is not given.
    func analysisOptions() -> AnalysisOptions {
        AnalysisOptions(
            host: host, isolation: isolation, split: oneWorkloadPerServer ? .perServer : .perSiteAndService,
            asOf: asOf ?? Self.today())
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    private static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
