/// The shape of a check id: upper-case words of ASCII letters and digits joined by `-`, at least two
/// words, the first starting with a letter (`^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$`).
enum CheckID {
    /// The pattern, as error messages show it.
    static let pattern = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"

    /// Whether `id` has the shape of a check id.
    static func isValid(_ id: String) -> Bool {
        let words = id.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard words.count >= 2, let first = words[0].first, isLetter(first) else { return false }
        return words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
    }

    /// The load error message for an id that does not have the shape.
    static func invalid(_ id: String) -> String { "'\(id)' is not a valid check id; it must match \(pattern)" }

    private static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
}
