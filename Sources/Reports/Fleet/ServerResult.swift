/// One server of a fleet: its check result, or why its capture could not be analysed.
public enum ServerResult: Sendable, Hashable {
    /// The capture was analysed.
    case analysed(AnalysedServer)
    /// The capture could not be analysed.
    case failed(ServerFailure)

    /// The server's name: the capture's name.
    public var name: String {
        switch self {
        case .analysed(let server): server.name
        case .failed(let failure): failure.capture
        }
    }
}
