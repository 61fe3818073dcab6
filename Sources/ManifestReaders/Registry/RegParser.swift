/// Parses the lines of a registry export one at a time (see `RegFileReader` for the format) and
/// hands out each key section when it is complete. Errors become diagnostics; the value in error is
/// skipped and parsing goes on.
struct RegParser {
    /// Where values go.
    private enum Section {
        /// No key line yet.
        case none
        /// Under a `[key]` or `[-key]` line.
        case open(RegistryKey)
        /// Under a malformed key line: values are dropped (the key line's error covers them).
        case skipped
    }

    /// A `hex` value whose last line ended with `\`.
    private struct ContinuedValue {
        var name: String
        var type: Int
        var bytes: [UInt8]
        var line: Int
    }

    /// How a list of hex bytes on one line ended.
    private enum HexListEnd {
        case complete
        case continued
        case bad(String)
    }

    let file: CaptureFile
    private(set) var diagnostics: [Diagnostic] = []
    private var format: RegFileFormat?
    private var rejected = false
    private var section = Section.none
    private var continued: ContinuedValue?
    /// The lines of a value in error are being skipped up to the one that does not end with `\`.
    private var skipsContinuation = false

    init(file: CaptureFile) {
        self.file = file
    }

    /// Parses line `number`; returns false when the file is not a registry export and reading should stop.
    mutating func parse(_ line: RegLine, number: Int, visit: (RegistryKey) -> Void) -> Bool {
        guard case .text(let raw) = line else {
            guard format != nil else { return reject(number) }
            continued = nil
            skipsContinuation = false
            report(.error, number, Message.lineTooLong)
            return true
        }
        var start = 0
        var end = raw.count
        while end > start, raw[end - 1].isBlank { end -= 1 }
        while start < end, raw[start].isBlank { start += 1 }
        guard let format else { return parseHeader(raw, start, end, number) }
        if skipsContinuation {
            skipsContinuation = end > start && raw[end - 1] == .backslash
            return true
        }
        if var value = continued {
            if start == end || !raw[start].startsLine {
                continued = nil
                continueHexValue(&value, raw, start, end, number, format)
                return true
            }
            continued = nil
            finish(value, format)
        }
        guard start < end else { return true }
        switch raw[start] {
        case .semicolon, .hash:
            break
        case .leftBracket:
            parseKey(raw, start, end, number, visit: visit)
        case .quote, .at:
            parseValue(raw, start, end, number, format)
        default:
            if raw[start] == 0xEF, end - start >= 3, raw[start + 1] == 0xBB, raw[start + 2] == 0xBF { start += 3 }
            if RegFileFormat(header: UnsafeBufferPointer(rebasing: raw[start..<end])) == nil {
                report(.error, number, Message.malformedLine)
            }
        }
        return true
    }

    /// Ends the file: hands out the last key section.
    mutating func finish(visit: (RegistryKey) -> Void) {
        if format == nil, !rejected { report(.error, 1, Message.badHeader) }
        if let value = continued, let format {
            continued = nil
            finish(value, format)
        }
        if case .open(let key) = section { visit(key) }
        section = .none
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ line: Int, _ message: String) {
        diagnostics.append(Diagnostic(severity, file.location(line: line), message))
    }

    private mutating func parseHeader(_ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ number: Int) -> Bool {
        guard start < end else { return true }
        format = RegFileFormat(header: UnsafeBufferPointer(rebasing: raw[start..<end]))
        return format != nil || reject(number)
    }

    /// Reports that line `number`, the first that is not blank, is not a header; returns false.
    private mutating func reject(_ number: Int) -> Bool {
        rejected = true
        report(.error, number, Message.badHeader)
        return false
    }

    private mutating func parseKey(
        _ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ number: Int, visit: (RegistryKey) -> Void
    ) {
        if case .open(let key) = section { visit(key) }
        section = .skipped
        guard raw[end - 1] == .rightBracket, end - start >= 2 else {
            report(.error, number, Message.keyWithoutBracket)
            return
        }
        var pathStart = start + 1
        let isDeletion = raw[pathStart] == .minus
        if isDeletion { pathStart += 1 }
        guard pathStart < end - 1 else {
            report(.error, number, Message.emptyKeyPath)
            return
        }
        let path = String(decoding: UnsafeBufferPointer(rebasing: raw[pathStart..<(end - 1)]), as: UTF8.self)
        section = .open(RegistryKey(path: path, isDeletion: isDeletion, line: number))
    }

    private mutating func parseValue(
        _ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ number: Int, _ format: RegFileFormat
    ) {
        var index = start
        let name: String
        if raw[index] == .at {
            name = ""
            index += 1
        } else {
            guard let (text, after) = Self.quoted(raw, index, end) else {
                report(.error, number, Message.unterminatedString)
                return
            }
            name = text
            index = after
        }
        while index < end, raw[index].isBlank { index += 1 }
        guard index < end, raw[index] == .equals else {
            report(.error, number, Message.missingEquals)
            return
        }
        index += 1
        while index < end, raw[index].isBlank { index += 1 }
        if index == end - 1, raw[index] == .minus {
            finish(name, .deletion, number)
        } else if index < end, raw[index] == .quote {
            guard let (text, after) = Self.quoted(raw, index, end) else {
                report(.error, number, Message.unterminatedString)
                return
            }
            guard after == end else {
                report(.error, number, Message.textAfterString)
                return
            }
            finish(name, .string(text), number)
        } else if Self.hasPrefix(raw, index, end, "dword:") {
            let digits = UnsafeBufferPointer(rebasing: raw[(index + 6)..<end])
            guard (1...8).contains(digits.count), let value = Self.hexNumber(digits) else {
                report(.error, number, Message.badDword(String(decoding: digits, as: UTF8.self)))
                return
            }
            finish(name, .dword(UInt32(value)), number)
        } else if let (type, dataStart) = Self.hexType(raw, index, end) {
            var value = ContinuedValue(name: name, type: type, bytes: [], line: number)
            continueHexValue(&value, raw, dataStart, end, number, format)
        } else {
            var typeEnd = index
            while typeEnd < end, typeEnd - index < 40, raw[typeEnd] != .colon { typeEnd += 1 }
            let type = String(decoding: UnsafeBufferPointer(rebasing: raw[index..<typeEnd]), as: UTF8.self)
            report(.error, number, Message.unknownType(type))
            skipsContinuation = raw[end - 1] == .backslash
        }
    }

    /// Adds the hex bytes of one line to `value`, and ends the value unless the line ends with `\`.
    private mutating func continueHexValue(
        _ value: inout ContinuedValue, _ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
        _ number: Int, _ format: RegFileFormat
    ) {
        switch Self.appendHexBytes(raw, start, end, to: &value.bytes) {
        case .bad(let token):
            report(.error, number, Message.badHexByte(token))
            skipsContinuation = raw[end - 1] == .backslash
        case .continued where value.bytes.count > RegLineSource.maxLineBytes:
            report(.error, number, Message.valueTooLarge)
            skipsContinuation = true
        case .continued:
            continued = value
        case .complete:
            finish(value, format)
        }
    }

    /// Adds a complete hex value to the open key.
    private mutating func finish(_ value: ContinuedValue, _ format: RegFileFormat) {
        finish(value.name, RegistryData(type: value.type, bytes: value.bytes, format: format), value.line)
    }

    /// Adds a complete value to the open key.
    private mutating func finish(_ name: String, _ data: RegistryData, _ line: Int) {
        switch section {
        case .none:
            report(.error, line, Message.valueOutsideKey)
        case .open(var key) where !key.isDeletion:
            section = .skipped  // so that `key.values` is not shared while it grows
            key.values.append(RegistryValue(name: name, data: data, line: line))
            section = .open(key)
        case .open:
            report(.warning, line, Message.valueUnderDeletedKey)
        case .skipped:
            break
        }
    }

    /// The unescaped text of the quoted string starting at `start` (`\\` is `\`, `\"` is `"`, any other
    /// backslash stays) and the index after its closing quote; nil when the line ends first.
    private static func quoted(_ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, Int)? {
        var index = start + 1
        var escapes = false
        while index < end, raw[index] != .quote {
            if raw[index] == .backslash {
                escapes = true
                index += 1
            }
            index += 1
        }
        guard index < end else { return nil }
        let content = UnsafeBufferPointer(rebasing: raw[(start + 1)..<index])
        guard escapes else { return (String(decoding: content, as: UTF8.self), index + 1) }
        var text: [UInt8] = []
        text.reserveCapacity(content.count)
        var position = 0
        while position < content.count {
            let byte = content[position]
            position += 1
            if byte == .backslash, position < content.count, content[position] == .backslash || content[position] == .quote {
                text.append(content[position])
                position += 1
            } else {
                text.append(byte)
            }
        }
        return (String(decoding: text, as: UTF8.self), index + 1)
    }

    /// True when the line continues at `start` with the ASCII `prefix`, ignoring the case of letters.
    /// (OR-ing 0x20 lower-cases letters and leaves `:` and `(` as they are.)
    private static func hasPrefix(_ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        guard end - start >= prefix.utf8CodeUnitCount else { return false }
        for offset in 0..<prefix.utf8CodeUnitCount where raw[start + offset] | 0x20 != prefix.utf8Start[offset] {
            return false
        }
        return true
    }

    /// The type of a `hex:` (3) or `hex(N):` value starting at `start`, and where its bytes start.
    private static func hexType(_ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int)? {
        if hasPrefix(raw, start, end, "hex:") { return (3, start + 4) }
        guard hasPrefix(raw, start, end, "hex(") else { return nil }
        var close = start + 4
        while close < end, raw[close] != .rightParenthesis { close += 1 }
        let digits = UnsafeBufferPointer(rebasing: raw[(start + 4)..<close])
        guard close + 1 < end, raw[close + 1] == .colon, (1...8).contains(digits.count),
            let type = hexNumber(digits)
        else { return nil }
        return (Int(type), close + 2)
    }

    /// The value of hexadecimal `digits`; nil when one is not a hex digit or there are none.
    private static func hexNumber(_ digits: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !digits.isEmpty else { return nil }
        var value: UInt64 = 0
        for digit in digits {
            let nibble = digit.hexDigitValue
            guard nibble < 16 else { return nil }
            value = value << 4 | UInt64(nibble)
        }
        return value
    }

    /// Appends the comma-separated hex bytes in `start..<end` to `bytes`. A trailing `\` continues the
    /// list on the next line; white space around bytes and a trailing comma are allowed.
    private static func appendHexBytes(
        _ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to bytes: inout [UInt8]
    ) -> HexListEnd {
        let continues = end > start && raw[end - 1] == .backslash
        let end = continues ? end - 1 : end
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: (end - start + 1) / 2) { out -> HexListEnd in
            var count = 0
            var index = start
            // Fast path for the form regedit writes: two hex digits, then a comma or the end. (A table,
            // because branching on digit or letter mispredicts on random data.)
            hexDigitValues.withUnsafeBufferPointer { digitValues in
                while index + 1 < end {
                    let high = digitValues[Int(raw[index])]
                    let low = digitValues[Int(raw[index + 1])]
                    guard high | low < 16, index + 2 == end || raw[index + 2] == .comma else { break }
                    out[count] = high << 4 | low
                    count += 1
                    index += 3
                }
            }
            while index < end {
                while index < end, raw[index].isBlank { index += 1 }
                if index == end { break }
                let tokenStart = index
                var byte = raw[index].hexDigitValue
                let isHex = byte < 16
                index += 1
                if isHex, index < end, case let low = raw[index].hexDigitValue, low < 16 {
                    byte = byte << 4 | low
                    index += 1
                }
                while index < end, raw[index].isBlank { index += 1 }
                guard isHex, index == end || raw[index] == .comma else {
                    var tokenEnd = tokenStart
                    while tokenEnd < end, raw[tokenEnd] != .comma { tokenEnd += 1 }
                    while tokenEnd > tokenStart, raw[tokenEnd - 1].isBlank { tokenEnd -= 1 }
                    return .bad(String(decoding: UnsafeBufferPointer(rebasing: raw[tokenStart..<tokenEnd]), as: UTF8.self))
                }
                out[count] = byte
                count += 1
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: out[..<count]))
            return continues ? .continued : .complete
        }
    }

    /// The value of each byte as a hex digit; 0xFF for bytes that are not hex digits.
    private static let hexDigitValues: [UInt8] = (0...255).map { UInt8($0).hexDigitValue }
}

extension UInt8 {
    fileprivate static let backslash = UInt8(ascii: "\\")
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let at = UInt8(ascii: "@")
    fileprivate static let equals = UInt8(ascii: "=")
    fileprivate static let minus = UInt8(ascii: "-")
    fileprivate static let colon = UInt8(ascii: ":")
    fileprivate static let comma = UInt8(ascii: ",")
    fileprivate static let semicolon = UInt8(ascii: ";")
    fileprivate static let hash = UInt8(ascii: "#")
    fileprivate static let leftBracket = UInt8(ascii: "[")
    fileprivate static let rightBracket = UInt8(ascii: "]")
    fileprivate static let rightParenthesis = UInt8(ascii: ")")

    /// A byte that starts a key, a value or a comment, and so cannot continue a hex list.
    fileprivate var startsLine: Bool {
        self == .leftBracket || self == .quote || self == .at || self == .semicolon
    }

    /// A space or tab.
    fileprivate var isBlank: Bool { self == 0x20 || self == 0x09 }

    /// The value of an ASCII hex digit; 0xFF for other bytes.
    @inline(__always)
    fileprivate var hexDigitValue: UInt8 {
        let digit = self &- 0x30
        if digit < 10 { return digit }
        let letter = (self | 0x20) &- 0x61  // a–f, either case
        return letter < 6 ? letter + 10 : 0xFF
    }
}
