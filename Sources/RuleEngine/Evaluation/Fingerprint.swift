/// Stable 128-bit hashes for finding fingerprints: the same parts give the same 32 hex digits on
/// every run and platform (Swift's `Hasher` is seeded per process, so it cannot be used).
enum Fingerprint {
    /// Two FNV-1a 64-bit hashes of the parts (joined with U+001F, which sanitised parts never hold),
    /// with different offset bases, as 32 lower-case hex digits.
    static func of(_ parts: [String]) -> String {
        let bytes = Array(parts.joined(separator: "\u{1F}").utf8)
        return hex(fnv1a(bytes, basis: 0xcbf2_9ce4_8422_2325)) + hex(fnv1a(bytes, basis: 0x8422_2325_cbf2_9ce4))
    }

    private static func fnv1a(_ bytes: [UInt8], basis: UInt64) -> UInt64 {
        bytes.reduce(basis) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
