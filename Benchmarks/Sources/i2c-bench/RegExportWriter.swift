import Foundation

/// Writes a registry export the way `reg export` and regedit do: UTF-16LE with a byte-order mark,
/// CRLF line ends, the `Windows Registry Editor Version 5.00` header, one `[key]` section per key
/// followed by a blank line, and `hex` data wrapped with a trailing `\` and two spaces of indent
/// (regedit's rule: break after a byte's comma once the line reaches 77 characters).
final class RegExportWriter {
    private let out: OutputFile

    init(_ url: URL) throws {
        out = try OutputFile(url, encoding: .utf16LE, byteOrderMark: true)
        out.line("Windows Registry Editor Version 5.00")
        out.line()
    }

    /// Bytes written so far.
    var byteCount: Int { out.byteCount }

    func close() throws {
        try out.close()
    }

    /// Key sections written so far.
    private(set) var keyCount = 0

    /// Starts a key section.
    func key(_ path: String) {
        keyCount += 1
        out.line("[\(path)]")
    }

    /// Ends a key section.
    func end() {
        out.line()
    }

    /// `"name"="text"` (REG_SZ); a nil name is the default value `@`.
    func string(_ name: String?, _ text: String) {
        out.line("\(label(name))=\"\(escape(text))\"")
    }

    /// `"name"=dword:xxxxxxxx` (REG_DWORD).
    func dword(_ name: String?, _ value: UInt32) {
        let digits = String(value, radix: 16)
        out.line("\(label(name))=dword:\(String(repeating: "0", count: 8 - digits.count))\(digits)")
    }

    /// `"name"=hex(b):…` (REG_QWORD, little-endian).
    func qword(_ name: String?, _ value: UInt64) {
        hex(name, type: 0xB, bytes: (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) })
    }

    /// `"name"=hex(2):…` (REG_EXPAND_SZ: UTF-16LE text with its terminating NUL).
    func expandString(_ name: String?, _ text: String) {
        hex(name, type: 2, bytes: Self.utf16(text) + [0, 0])
    }

    /// `"name"=hex(7):…` (REG_MULTI_SZ: each string NUL-terminated, then an empty one).
    func multiString(_ name: String?, _ strings: [String]) {
        var bytes: [UInt8] = []
        for text in strings { bytes += Self.utf16(text) + [0, 0] }
        hex(name, type: 7, bytes: bytes + [0, 0])
    }

    /// `"name"=hex:…` (REG_BINARY).
    func binary(_ name: String?, _ bytes: [UInt8]) {
        hex(name, type: nil, bytes: bytes)
    }

    /// `"name"=hex(0):…` (REG_NONE).
    func none(_ name: String?, _ bytes: [UInt8]) {
        hex(name, type: 0, bytes: bytes)
    }

    /// `"name"=hex(N):` with comma-separated bytes, wrapped like regedit.
    func hex(_ name: String?, type: Int?, bytes: [UInt8]) {
        var line = label(name) + (type.map { "=hex(\(String($0, radix: 16))):" } ?? "=hex:")
        var length = line.count
        for (index, byte) in bytes.enumerated() {
            line += Self.hexDigits[Int(byte)]
            if index == bytes.count - 1 { break }
            line += ","
            length += 3
            if length >= 77 {
                line += "\\\r\n  "
                length = 2
            }
        }
        out.line(line)
    }

    private static let hexDigits: [String] = (0..<256).map {
        let digits = String($0, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
    }

    private func label(_ name: String?) -> String {
        name.map { "\"\(escape($0))\"" } ?? "@"
    }

    private func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "\\" || $0 == "\"" }) else { return text }
        return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    private static func utf16(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf16.count * 2)
        for unit in text.utf16 {
            bytes.append(UInt8(truncatingIfNeeded: unit))
            bytes.append(UInt8(truncatingIfNeeded: unit >> 8))
        }
        return bytes
    }
}
