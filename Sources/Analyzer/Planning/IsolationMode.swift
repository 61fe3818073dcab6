/// How a container is isolated from its host.
public enum IsolationMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Shares the host's kernel.
    case process
    /// Runs in a utility VM with the image's own kernel.
    case hyperv

    /// "process isolation" or "Hyper-V isolation", for sentences.
    public var phrase: String {
        switch self {
        case .process: "process isolation"
        case .hyperv: "Hyper-V isolation"
        }
    }
}
