extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line breaks). For the
    /// short attribute values split per module and application, where Foundation's
    /// `trimmingCharacters(in:)` costs a bridge to `NSString` and back each time.
    func trimmingWhitespace() -> SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        let last = lastIndex(where: { !$0.isWhitespace }) ?? first
        return self[first...last]
    }
}
