/// Choices the user makes about the generated Dockerfiles.
public struct DockerfileOptions: Sendable, Hashable {
    /// Wrap the entry point with LogMonitor, which sends the event log, ETW and log files to the
    /// container's standard output (`LogMonitor.exe` and its configuration go into the context).
    public var logMonitor: Bool

    public init(logMonitor: Bool = false) {
        self.logMonitor = logMonitor
    }
}
