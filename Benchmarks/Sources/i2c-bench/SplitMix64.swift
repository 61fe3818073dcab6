/// SplitMix64 (Steele, Lea, Flood 2014): a small explicit PRNG, so a generated capture depends only
/// on its seed and options, never on the platform's random source or Swift's hashing seed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0); the tiny modulo bias does not matter for test data.
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next() % UInt64(bound))
    }

    /// A number in `range`.
    mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `percent`/100.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One element of `items` (not empty).
    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// `count` random bytes.
    mutating func bytes(_ count: Int) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(count)
        while result.count < count {
            var word = next()
            for _ in 0..<min(8, count - result.count) {
                result.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return result
    }

    /// `count` upper-case hex digits.
    mutating func hex(_ count: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        return String((0..<count).map { _ in digits[below(16)] })
    }

    /// A registry-style GUID in braces, upper case.
    mutating func guid() -> String {
        "{\(hex(8))-\(hex(4))-\(hex(4))-\(hex(4))-\(hex(12))}"
    }

    /// An independent generator for one part of the output, so adding items to one part does not
    /// shift the random choices of another.
    mutating func fork() -> SplitMix64 {
        SplitMix64(seed: next())
    }
}
