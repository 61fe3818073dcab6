/// Finds ASCII delimiters (such as ":" or "%") in one text, with `Character` semantics: an ASCII
/// character followed by a combining mark is another `Character`, so in general the text must be
/// read `Character` by `Character`. In an all-ASCII text (nearly every attribute value) each byte
/// is a `Character`, but for "\r\n", which holds no delimiter, so its UTF-8 bytes are searched
/// instead, where they are.
///
/// Positions are offsets: of bytes in an ASCII text, of `Character`s otherwise.
struct DelimiterScanner {
    private enum Storage {
        case bytes(UnsafeBufferPointer<UInt8>)
        case characters([Character])
    }

    private let storage: Storage
    /// The number of positions: one past the last.
    let count: Int

    private init(_ storage: Storage) {
        self.storage = storage
        count =
            switch storage {
            case .bytes(let bytes): bytes.count
            case .characters(let characters): characters.count
            }
    }

    /// `body` of a scanner of `text`, which is valid only during `body`.
    static func scanning<Result>(_ text: String, _ body: (DelimiterScanner) -> Result) -> Result {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            ASCIIText.isASCII(bytes)
                ? body(DelimiterScanner(.bytes(bytes))) : body(DelimiterScanner(.characters(Array(text))))
        }
    }

    /// The position of the first `delimiter` (ASCII) in `range`.
    func firstIndex(of delimiter: Unicode.Scalar, in range: Range<Int>) -> Int? {
        switch storage {
        case .bytes(let bytes): bytes[range].firstIndex(of: UInt8(ascii: delimiter))
        case .characters(let characters): characters[range].firstIndex(of: Character(delimiter))
        }
    }

    /// True when the character at `index` (which may be `count`) is `delimiter` (ASCII).
    func has(_ delimiter: Unicode.Scalar, at index: Int) -> Bool {
        guard index < count else { return false }
        return switch storage {
        case .bytes(let bytes): bytes[index] == UInt8(ascii: delimiter)
        case .characters(let characters): characters[index] == Character(delimiter)
        }
    }

    /// The text in `range`.
    func string(_ range: Range<Int>) -> String {
        switch storage {
        case .bytes(let bytes): String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        case .characters(let characters): String(characters[range])
        }
    }

    /// The whole number the text in `range` spells, as `Int(_:)` reads it.
    func number(_ range: Range<Int>) -> Int? {
        if case .bytes(let bytes) = storage,
            let digits = ASCIIText.number(inDigits: UnsafeBufferPointer(rebasing: bytes[range]))
        {
            return digits
        }
        return Int(string(range))
    }
}
