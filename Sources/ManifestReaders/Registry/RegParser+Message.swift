extension RegParser {
    /// The messages of the diagnostics the parser reports.
    enum Message {
        static let badHeader =
            "not a registry export: expected 'Windows Registry Editor Version 5.00' or 'REGEDIT4' on the first line"
        static let unterminatedString = "unterminated string: expected a closing '\"' before the end of the line"
        static let textAfterString = "unexpected text after the closing '\"' of the string"
        static let missingEquals = "malformed value: expected '=' after the value name"
        static let valueOutsideKey = "value outside any key: expected a '[key]' line before it"
        static let valueUnderDeletedKey = "value under a deleted key '[-...]' is ignored"
        static let keyWithoutBracket = "malformed key line: expected ']' at the end of the line"
        static let emptyKeyPath = "malformed key line: the key path is empty"
        static let malformedLine =
            "malformed line: expected a '[key]' line, a '\"name\"=' or '@=' value, or a ';' comment"
        static let lineTooLong = "line is longer than \(RegLineSource.maxLineBytes) bytes; skipped"
        static let valueTooLarge = "value data is larger than \(RegLineSource.maxLineBytes) bytes; skipped"

        static func badHexByte(_ token: String) -> String {
            "bad hex byte '\(token)': expected two hexadecimal digits between commas"
        }

        static func badDword(_ digits: String) -> String {
            "bad dword '\(digits)': expected 1 to 8 hexadecimal digits after 'dword:'"
        }

        static func unknownType(_ type: String) -> String {
            "unknown value type '\(type)': expected a quoted string, 'dword:', 'hex:' or 'hex(N):'"
        }
    }
}
