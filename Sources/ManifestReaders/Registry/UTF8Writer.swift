/// Writes Unicode scalars as UTF-8 into raw memory: the core of the UTF-16 decoding of
/// `RegLineSource` (the text of a file) and `RegFileFormat` (the text in `hex(2)` and `hex(7)` data).
/// (The standard library's generic UTF-16 decoding is many times slower.)
enum UTF8Writer {
    /// Writes `scalar` (a Unicode scalar value) at `out` and returns the number of bytes written, 1 to 4.
    @inline(__always)
    static func write(_ scalar: UInt32, to out: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case ..<0x80:
            out[0] = UInt8(truncatingIfNeeded: scalar)
            return 1
        case ..<0x800:
            out[0] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 2
        case ..<0x10000:
            out[0] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            out[2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 3
        default:
            out[0] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
            out[2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            out[3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 4
        }
    }

    /// The scalar of UTF-16 unit `code` when it stands alone: itself, or U+FFFD for a surrogate.
    @inline(__always)
    static func scalar(_ code: UInt16) -> UInt32 {
        (0xD800..<0xE000).contains(code) ? 0xFFFD : UInt32(code)
    }

    /// The scalar of the surrogate pair `high`, `low`; nil when they are not a high and a low surrogate.
    @inline(__always)
    static func scalar(high: UInt16, low: UInt16) -> UInt32? {
        guard (0xD800..<0xDC00).contains(high), (0xDC00..<0xE000).contains(low) else { return nil }
        return 0x10000 + (UInt32(high) - 0xD800) << 10 + (UInt32(low) - 0xDC00)
    }

    /// Decodes UTF-16LE `bytes` (an odd last byte is ignored); unpaired surrogates become U+FFFD.
    static func string(fromUTF16LE bytes: UnsafeBufferPointer<UInt8>) -> String {
        let units = bytes.count / 2
        @inline(__always) func unit(_ index: Int) -> UInt16 {
            UInt16(bytes[2 * index]) | UInt16(bytes[2 * index + 1]) << 8
        }
        return String(unsafeUninitializedCapacity: units * 3) { out in
            var written = 0
            var index = 0
            while index < units {
                let code = unit(index)
                index += 1
                var scalar = scalar(code)
                if index < units, let pair = Self.scalar(high: code, low: unit(index)) {
                    scalar = pair
                    index += 1
                }
                written += write(scalar, to: out.baseAddress! + written)
            }
            return written
        }
    }
}
