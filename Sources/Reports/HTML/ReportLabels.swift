import Analyzer
import RuleEngine

/// The words `report.html` and `report.md` use for the model's codes.
enum ReportLabels {
    /// The name shown for findings that belong to no workload.
    static let server = "Server"

    static func readiness(_ readiness: Readiness) -> String {
        switch readiness {
        case .ready: "Ready"
        case .readyWithChanges: "Ready with changes"
        case .blocked: "Blocked"
        }
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "Error"
        case .warning: "Warning"
        case .info: "Info"
        }
    }

    static func category(_ category: CheckCategory) -> String {
        switch category {
        case .blocker: "Blocker"
        case .changeNeeded: "Change needed"
        case .review: "Review"
        }
    }

    static func suppression(_ kind: Suppression.Kind) -> String {
        switch kind {
        case .waived: "Waived"
        case .baselined: "Baselined"
        }
    }

    /// A workload kind ("iisSite", "windowsService", "server") in words.
    static func workloadKind(_ kind: String) -> String {
        switch kind {
        case "iisSite": "IIS site"
        case "windowsService": "Windows service"
        case "server": "Whole server"
        default: kind
        }
    }

    /// A requirements runtime code ("netfx", "aspnetcore", …) in words.
    static func runtime(_ runtime: String) -> String {
        switch runtime {
        case "netfx": ".NET Framework"
        case "aspnetcore": "ASP.NET Core"
        case "php": "PHP"
        case "node": "Node.js"
        case "python": "Python"
        case "java": "Java"
        case "static": "Static files"
        case "native": "Native executable"
        default: runtime
        }
    }

    /// "Rule error" or "Input error" for a problem's kind.
    static func problem(_ kind: String) -> String {
        switch kind {
        case "rule": "Rule error"
        case "input": "Unreadable input"
        default: kind
        }
    }

    /// The gate's threshold as the option that sets it, e.g. "--fail-on error".
    static func threshold(_ gate: CheckReport.Gate) -> String {
        "--fail-on \(gate.failOn?.rawValue ?? "never")"
    }

    /// The server OS's support status, e.g. "supported until 2027-01-12"; nil when the catalog has no date.
    static func support(_ os: SourceOSStatus) -> String? {
        os.endOfSupport.map { os.outOfSupport ? "out of support since \($0)" : "supported until \($0)" }
    }

    /// How many of `findings` have each severity, e.g. "1 warning, 3 info" (severities without findings left out).
    static func severitySummary(_ findings: [Finding]) -> String {
        Severity.allCases.compactMap { severity in
            let count = findings.filter { $0.severity == severity }.count
            return count == 0 ? nil : "\(count) \(severity.rawValue)"
        }.joined(separator: ", ")
    }
}
