import Foundation

/// Byte-level helpers for the attribute values configuration files hold, which are nearly always
/// ASCII. Where one stands in for general code (Foundation's, which bridges every call through
/// `NSString`, or a `Character`-by-`Character` scan), it gives exactly that code's result and falls
/// back to it whenever the bytes alone cannot decide.
enum ASCIIText {
    /// `text.trimmingCharacters(in: .whitespaces)`. When the first and last bytes are ASCII and
    /// neither a space nor a tab (the only ASCII members of `.whitespaces`) there is nothing to trim,
    /// and `text` is returned as it is.
    static func trimmingBlanks(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, isPrintable(first), isPrintable(last) {
            return text
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// True when every one of `bytes` is ASCII. Each byte is then one `Character`, but for "\r\n".
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy(isASCII)
    }

    /// True when `text` contains `byte`.
    static func contains(_ text: String, byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { firstIndex(of: byte, in: $0, from: 0) != nil }
    }

    /// True when `text` contains `needle` (ASCII, lower case, starting with a character that is
    /// not a letter) with its letters in any case, byte for byte.
    static func contains(_ text: String, caseInsensitive needle: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            needle.withUTF8Buffer { needle in
                guard let first = needle.first else { return true }
                var start = 0
                while let found = firstIndex(of: first, in: bytes, from: start) {
                    if bytes[found...].starts(with: needle, by: { lowercased($0) == $1 }) { return true }
                    start = found + 1
                }
                return false
            }
        }
    }

    /// What `bytes` say when they are "true" or "false" with their letters in any case and nothing
    /// else (as `lowercased()` compares: of the other characters only the Kelvin sign lower-cases
    /// to ASCII, to a "k"); nil for anything else, such as blanks around the word.
    static func bool(in bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if equalsIgnoringCase(bytes, "true") { return true }
        if equalsIgnoringCase(bytes, "false") { return false }
        return nil
    }

    /// The number `bytes` spell when they are 1 to 18 ASCII digits (which `Int(_:)` reads the same
    /// and which cannot overflow); nil for anything else, such as a sign or blanks.
    static func number(inDigits bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...18).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// True when `text` is `word` (ASCII, lower case) with its letters in any case, as
    /// `text.lowercased() == word` is for words without a "k" (see `bool(in:)`).
    static func equals(_ text: String, ignoringCase word: StaticString) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { equalsIgnoringCase($0, word) }
            ?? Array(text.utf8).withUnsafeBufferPointer { equalsIgnoringCase($0, word) }
    }

    /// True when `bytes` are exactly `word`'s (as an attribute name from
    /// `XMLAttributes.forEachUnprefixed` is compared, byte for byte).
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        bytes.count == word.utf8CodeUnitCount
            && (bytes.isEmpty || memcmp(bytes.baseAddress!, word.utf8Start, bytes.count) == 0)
    }

    /// True for an ASCII letter.
    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// The offset of the first `byte` in `bytes` at or after `start` (found by `memchr`).
    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// True when `bytes` are `word` (ASCII, lower case) with its letters in any case.
    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        bytes.count == word.utf8CodeUnitCount
            && word.withUTF8Buffer { zip(bytes, $0).allSatisfy { lowercased($0) == $1 } }
    }

    private static func isASCII(_ byte: UInt8) -> Bool {
        byte < 0x80
    }

    /// `byte` with an ASCII capital letter made small.
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    /// True for a printable ASCII character other than the space.
    private static func isPrintable(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte)
    }
}
