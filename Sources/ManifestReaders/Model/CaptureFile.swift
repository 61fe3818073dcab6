import Foundation

/// One file of a capture, as handed to a reader.
public struct CaptureFile: Sendable, Hashable {
    /// Path relative to the capture root with `/` separators; this is what provenance records.
    public var path: String
    /// Where the bytes are on this machine (inside the capture directory or a private
    /// extraction directory for a `.zip` capture). Readers only ever read it.
    public var url: URL

    public init(path: String, url: URL) {
        self.path = path
        self.url = url
    }

    /// Provenance for a line of this file.
    public func location(line: Int) -> SourceLocation { SourceLocation(file: path, line: line) }
}
