/// How serious a finding is; `--fail-on` compares against it.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case error
    case warning
    case info

    /// error > warning > info.
    private var rank: Int {
        switch self {
        case .error: 3
        case .warning: 2
        case .info: 1
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// What kind of work a finding asks for.
public enum CheckCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// The workload cannot run in a Windows container as it is.
    case blocker
    /// It runs after a change (configuration, identity, storage, image).
    case changeNeeded = "change-needed"
    /// Someone must look; it may be fine.
    case review
}
