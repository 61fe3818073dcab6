/// Stable 128-bit hashes for finding fingerprints: the same parts give the same 32 hex digits on
/// every run and platform (Swift's `Hasher` is seeded per process, so it cannot be used).
enum Fingerprint {
    /// Two FNV-1a 64-bit hashes of the parts (joined with `separator`), with different offset
    /// bases, as 32 lower-case hex digits.
    static func of(joined text: String) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in text.utf8 {
            first = (first ^ UInt64(byte)) &* prime
            second = (second ^ UInt64(byte)) &* prime
        }
        return hex(first) + hex(second)
    }

    /// What joins the parts: U+001F, which sanitised parts never hold.
    static let separator = "\u{1F}"

    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
