/// The optional `manifest.json` the collector script writes at the capture root.
public struct CaptureManifest: Codable, Sendable, Hashable {
    /// The server's host name.
    public var hostname: String?
    /// When the capture was taken, as written (ISO 8601 expected).
    public var capturedAt: String?
    /// Version of the collector that wrote the capture.
    public var collectorVersion: String?
    /// Free-text note from whoever took the capture.
    public var notes: String?
    public var source: SourceLocation

    public init(
        hostname: String? = nil, capturedAt: String? = nil, collectorVersion: String? = nil,
        notes: String? = nil, source: SourceLocation
    ) {
        self.hostname = hostname
        self.capturedAt = capturedAt
        self.collectorVersion = collectorVersion
        self.notes = notes
        self.source = source
    }
}
