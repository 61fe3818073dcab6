import Foundation

/// The text encodings captures arrive in.
public enum CaptureTextEncoding: String, Sendable, Hashable, Codable {
    case utf8
    case utf16LE
    case utf16BE
    /// ANSI code page 1252 (REGEDIT4 files, old `Export-Csv -Encoding Default`).
    case windows1252

    /// True for the two-byte encodings.
    public var isUTF16: Bool { self == .utf16LE || self == .utf16BE }
}

/// Recognises a file's encoding from its first bytes: a BOM when there is one, else the pattern of
/// zero bytes (UTF-16 without BOM), else UTF-8.
public enum TextEncodingDetector {
    /// Length of the byte-order mark `prefix` starts with: 3 (UTF-8), 2 (UTF-16) or 0 (none).
    public static func byteOrderMarkLength(in prefix: some Collection<UInt8>) -> Int {
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return 3 }
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { return 2 }
        return 0
    }

    /// The encoding the prefix of a file suggests. `prefix` should be the first few KiB.
    public static func detect(prefix: some Collection<UInt8>) -> CaptureTextEncoding {
        let bytes = Array(prefix.prefix(4096))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        guard bytes.count >= 2 else { return .utf8 }
        var zeroAtOdd = 0
        var zeroAtEven = 0
        for (index, byte) in bytes.enumerated() where byte == 0 {
            if index % 2 == 1 { zeroAtOdd += 1 } else { zeroAtEven += 1 }
        }
        let pairs = bytes.count / 2
        // Mostly-ASCII UTF-16 has a zero in nearly every other byte; a few characters whose low
        // byte is zero (U+0100, emoji surrogates) put zeros on the other side too.
        if zeroAtOdd * 4 >= pairs, zeroAtEven * 8 <= zeroAtOdd { return .utf16LE }
        if zeroAtEven * 4 >= pairs, zeroAtOdd * 8 <= zeroAtEven { return .utf16BE }
        return .utf8
    }
}
