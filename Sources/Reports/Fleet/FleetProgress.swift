/// One capture of a fleet run finished: how far the run is and how that capture went.
public struct FleetProgress: Sendable, Hashable {
    /// How a capture went.
    public enum Status: Sendable, Hashable {
        /// Analysed; its gate passed.
        case passed
        /// Analysed; findings at or above `--fail-on`.
        case gateFailed
        /// Not analysed, with the error.
        case failed(String)
    }

    /// Captures finished so far, this one included.
    public var completed: Int
    /// Captures in the run.
    public var total: Int
    /// The capture's name.
    public var server: String
    public var status: Status

    public init(completed: Int, total: Int, server: String, status: Status) {
        self.completed = completed
        self.total = total
        self.server = server
        self.status = status
    }
}
