/// Finds ASCII delimiters (such as ":" or "%") in one text, with `Character` semantics: an ASCII
/// character followed by a combining mark is another `Character`, so in general the text must be
/// read `Character` by `Character`. In an all-ASCII text (nearly every attribute value) each byte
/// is a `Character`, but for "\r\n", which holds no delimiter, so the bytes are searched instead.
struct DelimiterScanner {
    private let isASCII: Bool

    /// A scanner for `text` and its substrings.
    init(_ text: some StringProtocol) {
        isASCII = ASCIIText.isASCII(text)
    }

    /// The range of the first `delimiter` (ASCII) in `text`.
    func firstRange(of delimiter: Unicode.Scalar, in text: Substring) -> Range<Substring.Index>? {
        if isASCII {
            guard let index = Self.firstIndex(of: UInt8(ascii: delimiter), in: text.utf8) else { return nil }
            return index..<text.utf8.index(after: index)
        }
        guard let index = text.firstIndex(of: Character(delimiter)) else { return nil }
        return index..<text.index(after: index)
    }

    /// The range of `delimiter` (ASCII) at the start of `text`, if `text` starts with it.
    func prefixRange(of delimiter: Unicode.Scalar, in text: Substring) -> Range<Substring.Index>? {
        if isASCII {
            let utf8 = text.utf8
            return utf8.first == UInt8(ascii: delimiter) ? utf8.startIndex..<utf8.index(after: utf8.startIndex) : nil
        }
        return text.first == Character(delimiter) ? text.startIndex..<text.index(after: text.startIndex) : nil
    }

    /// The first `byte` in `utf8`, searched in its contiguous storage (which native strings have)
    /// rather than through the view.
    private static func firstIndex(of byte: UInt8, in utf8: Substring.UTF8View) -> Substring.Index? {
        if let offset = utf8.withContiguousStorageIfAvailable({ $0.firstIndex(of: byte) }) {
            return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
        }
        return utf8.firstIndex(of: byte)
    }
}
