import Foundation

/// A buffered output file that writes text as UTF-8 or as UTF-16LE (what `reg export` writes), with
/// a byte-order mark when asked, and counts the bytes written.
final class OutputFile {
    enum Encoding {
        case utf8
        case utf16LE
    }

    private let handle: FileHandle
    private let encoding: Encoding
    private var buffer: [UInt8] = []
    private static let flushBytes = 4 << 20
    /// Bytes written so far (including the byte-order mark and what is still buffered).
    private(set) var byteCount = 0

    /// Creates (or truncates) the file at `url`.
    init(_ url: URL, encoding: Encoding, byteOrderMark: Bool = false) throws {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw GeneratorError("cannot create \(url.path)")
        }
        handle = try FileHandle(forWritingTo: url)
        self.encoding = encoding
        buffer.reserveCapacity(Self.flushBytes + 65536)
        if byteOrderMark {
            switch encoding {
            case .utf8: append(bytes: [0xEF, 0xBB, 0xBF])
            case .utf16LE: append(bytes: [0xFF, 0xFE])
            }
        }
    }

    /// Writes `text` in the file's encoding.
    func write(_ text: String) {
        switch encoding {
        case .utf8:
            buffer.append(contentsOf: text.utf8)
            byteCount += text.utf8.count
        case .utf16LE:
            var units = 0
            for unit in text.utf16 {
                buffer.append(UInt8(truncatingIfNeeded: unit))
                buffer.append(UInt8(truncatingIfNeeded: unit >> 8))
                units += 1
            }
            byteCount += 2 * units
        }
        if buffer.count >= Self.flushBytes { flush() }
    }

    /// Writes `text` and a line end (CRLF: every captured file comes from Windows).
    func line(_ text: String = "") {
        write(text)
        write("\r\n")
    }

    private func append(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        byteCount += bytes.count
    }

    private func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and closes the file.
    func close() throws {
        flush()
        try handle.close()
    }
}

/// A generator failure, printed as is.
struct GeneratorError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
