import Foundation

/// A small text input decoded whole: its encoding and its lines (without line terminators), for the
/// readers of service lists, feature lists and manifests. Large inputs use streaming readers instead.
public struct TextFile: Sendable {
    /// The encoding the bytes were decoded from.
    public var encoding: CaptureTextEncoding
    /// The decoded text with the BOM removed.
    public var text: String
    /// Lines split on CRLF, LF or CR; `lines[0]` is line 1.
    public var lines: [String]

    /// Why a text file could not be decoded.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case unreadable(String)
        case tooLarge(size: Int, limit: Int)
        case binary

        public var description: String {
            switch self {
            case .unreadable(let reason): "cannot read the file: \(reason)"
            case .tooLarge(let size, let limit):
                "file is \(size) bytes, larger than the \(limit)-byte limit for this kind of input"
            case .binary: "file is binary, not text"
            }
        }
    }

    /// Decodes `data`. UTF-8 that is not valid UTF-8 is read as Windows-1252 (what PowerShell 5
    /// `-Encoding Default` and REGEDIT4 write on western systems); `fellBackToANSI` says so.
    public init(data: Data) throws(Failure) {
        let detected = TextEncodingDetector.detect(prefix: data.prefix(4096))
        let body = data.dropFirst(TextEncodingDetector.byteOrderMarkLength(in: data.prefix(3)))
        var encoding = detected
        var decoded: String?
        switch detected {
        case .utf8:
            if body.contains(0) { throw .binary }
            decoded = String(validating: body, as: UTF8.self)
            if decoded == nil {
                encoding = .windows1252
                decoded = String(data: body, encoding: .windowsCP1252)
            }
        case .utf16LE:
            decoded = String(data: body, encoding: .utf16LittleEndian)
        case .utf16BE:
            decoded = String(data: body, encoding: .utf16BigEndian)
        case .windows1252:
            decoded = String(data: body, encoding: .windowsCP1252)
        }
        guard let text = decoded else { throw .unreadable("not valid \(detected.rawValue) text") }
        self.encoding = encoding
        self.text = text
        self.lines = TextFile.splitLines(text)
    }

    /// Reads and decodes `file`, refusing files over `limit` bytes.
    public init(contentsOf file: CaptureFile, limit: Int = InputLimits.standard.maxTextFileBytes) throws(Failure) {
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: file.url.path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw .unreadable("no such file")
        }
        guard size <= limit else { throw .tooLarge(size: size, limit: limit) }
        let data: Data
        do {
            data = try Data(contentsOf: file.url)
        } catch {
            throw .unreadable("\(error.localizedDescription)")
        }
        try self.init(data: data)
    }

    /// Reads `file` for a reader: the decoded text, or nil and an error diagnostic saying why not;
    /// an info diagnostic notes a fallback to Windows-1252.
    public static func read(_ file: CaptureFile, limit: Int) -> ReadResult<TextFile?> {
        do {
            let text = try TextFile(contentsOf: file, limit: limit)
            let notes = text.fellBackToANSI
                ? [Diagnostic(.info, file.location(line: 0), "file is not valid UTF-8; read as Windows-1252")] : []
            return ReadResult(value: text, diagnostics: notes)
        } catch {
            return ReadResult(value: nil, diagnostics: [Diagnostic(.error, file.location(line: 0), error.description)])
        }
    }

    /// True when decoding had to fall back from UTF-8 to Windows-1252.
    public var fellBackToANSI: Bool { encoding == .windows1252 }

    /// Splits on CRLF, LF and lone CR, keeping empty lines; a final terminator adds no empty line.
    /// Works on the UTF-8 bytes: CR and LF never occur inside a multi-byte character.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                index = bytes.index(after: index)
                continue
            }
            lines.append(String(text[start..<index]))
            index = bytes.index(after: index)
            if byte == UInt8(ascii: "\r"), index != bytes.endIndex, bytes[index] == UInt8(ascii: "\n") {
                index = bytes.index(after: index)
            }
            start = index
        }
        if start != bytes.endIndex { lines.append(String(text[start...])) }
        return lines
    }
}
