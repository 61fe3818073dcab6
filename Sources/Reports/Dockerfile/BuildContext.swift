/// The files of one workload's Docker build context: the `Dockerfile` and everything beside it that
/// it copies or that tells the person building it what to add.
public struct BuildContext: Sendable, Hashable {
    /// The workload the context builds (`Workload.id`).
    public var workloadID: String
    /// The files, sorted by path.
    public var files: [BuildContextFile]

    public init(workloadID: String, files: [BuildContextFile]) {
        self.workloadID = workloadID
        self.files = files.sorted { $0.path < $1.path }
    }

    /// The file at `path`, when the context has it.
    public func file(_ path: String) -> BuildContextFile? {
        files.first { $0.path == path }
    }
}
