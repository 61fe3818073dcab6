/// A problem a reader found in its input. Readers return diagnostics instead of throwing, so one
/// bad file never stops the analysis of the others.
public struct Diagnostic: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Codable, Sendable, Hashable, Comparable, CaseIterable {
        /// The input (or a part of it) could not be read; facts are missing.
        case error
        /// The input was read, but something in it was skipped or is doubtful.
        case warning
        /// Worth knowing; nothing was lost.
        case info

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .info: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// The file and line the problem is in.
    public var location: SourceLocation
    /// One sentence: what is wrong and what was expected.
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `file:line: severity: message`, the form printed on stderr and in reports.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.message) < (rhs.location, rhs.severity, rhs.message)
    }
}
