import Foundation

/// Foundation's explanation of a JSON parse error and the 1-based line it points at, the same on
/// Linux and Darwin.
struct JSONParseError: Error, Equatable {
    /// Foundation's explanation.
    var message: String
    /// The line the error is on.
    var line: Int

    init(message: String, line: Int) {
        self.message = message
        self.line = line
    }

    /// Describes `error`, thrown by `JSONSerialization` while parsing `data`. Foundation names
    /// "line N" (Darwin) or "character N", a 0-based byte offset (Linux); when it names neither, the
    /// text ended early and the last line is blamed.
    init(_ error: any Error, in data: Data) {
        let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String)
            ?? "the text is not valid JSON"
        let lineCount = data.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        message = detail
        if let line = Self.number(after: "line ", in: detail) {
            self.line = min(line, lineCount)
        } else if let offset = Self.number(after: "character ", in: detail) {
            line = data.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        } else {
            let trailingNewline = data.last == UInt8(ascii: "\n") ? 1 : 0
            line = max(lineCount - trailingNewline, 1)
        }
    }

    /// The decimal number right after `marker` in `text`.
    private static func number(after marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        return Int(text[range.upperBound...].prefix(while: \.isNumber))
    }
}
