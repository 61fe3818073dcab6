/// A capture that could not be analysed, with the error that stopped it. `assess` writes it as
/// `servers/<name>/error.json` so that `merge` reports the failure too.
public struct ServerFailure: Sendable, Hashable, Codable {
    /// The capture's name.
    public var capture: String
    /// What went wrong, one problem per line.
    public var error: String

    public init(capture: String, error: String) {
        self.capture = capture
        self.error = error
    }
}
