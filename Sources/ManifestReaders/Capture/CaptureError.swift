/// Why a capture could not be read at all: it does not exist, is neither a directory nor a zip
/// archive, holds too many files, or is a zip archive that was refused. Problems inside single
/// files are never thrown; they become `Diagnostic`s so the other inputs are still analysed.
public struct CaptureError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One sentence naming the capture (and the offending zip entry, if any) and what was expected.
    public var message: String

    /// An error with `message`.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    static func notFound(_ capture: String) -> CaptureError {
        CaptureError("\(capture): no such file or directory; expected a capture directory or a .zip of one")
    }

    static func notACapture(_ capture: String) -> CaptureError {
        CaptureError("\(capture): neither a directory nor a zip archive; expected a capture directory or a .zip of one")
    }

    static func unreadable(_ capture: String, _ reason: String) -> CaptureError {
        CaptureError("\(capture): cannot be read (\(reason))")
    }

    static func tooManyFiles(_ capture: String, limit: Int) -> CaptureError {
        CaptureError("\(capture): holds more than \(limit) files; expected the capture of one server")
    }

    static func zipRefused(_ capture: String, _ reason: String) -> CaptureError {
        CaptureError("\(capture): \(reason); the archive was not extracted")
    }
}
