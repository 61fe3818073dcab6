extension String {
    /// True when both are the same ignoring case, as Windows compares IIS names, feature names,
    /// service names and account names. ASCII text is compared byte by byte; other text by its
    /// lower-cased form, the key `caseInsensitiveKey` gives for lookups.
    public func caseInsensitiveEquals(_ other: String) -> Bool {
        var left = utf8.makeIterator()
        var right = other.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil):
                return true
            case let (a?, b?) where a < 0x80 && b < 0x80:
                if a != b, Self.asciiLower(a) != Self.asciiLower(b) { return false }
            case (_?, _?):
                return caseInsensitiveKey == other.caseInsensitiveKey
            default:
                return false
            }
        }
    }

    /// The form under which two names `caseInsensitiveEquals` calls equal are the same: for
    /// dictionary keys.
    public var caseInsensitiveKey: String { lowercased() }

    private static func asciiLower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
