/// Writes a string as a PowerShell expression that evaluates to exactly that string and that the
/// tokenizer can only read as data.
///
/// Printable ASCII goes into single-quoted literals, with `'` doubled: inside them `$(...)`, backticks,
/// `;` and `|` are plain characters. Every other UTF-16 unit (control characters such as CR and LF,
/// and all non-ASCII, including the typographic quotes ‘ ’ ‚ ‛ that PowerShell also reads as single
/// quotes) becomes a `[char]0xXXXX` joined with `+`. The output is therefore pure ASCII: Windows
/// PowerShell reads a script without a byte order mark in the ANSI code page, where the bytes of
/// some UTF-8 characters turn into quote characters.
enum PowerShellLiteral {
    /// `value` as a PowerShell string expression: `'text'`, or `('text' + [char]0x000A + 'more')`.
    static func quote(_ value: String) -> String {
        var parts: [String] = []
        var run = ""
        var inRun = false
        for unit in value.utf16 {
            if (0x20...0x7E).contains(unit) {
                let character = Character(Unicode.Scalar(UInt8(unit)))
                run.append(character)
                if character == "'" { run.append("'") }
                inRun = true
            } else {
                if inRun { parts.append("'\(run)'") }
                run = ""
                inRun = false
                parts.append("[char]0x" + hex(unit))
            }
        }
        if inRun || parts.isEmpty { parts.append("'\(run)'") }
        guard parts.count > 1 || !parts[0].hasPrefix("'") else { return parts[0] }
        // A [char] first would make `+` add numbers; an empty string first makes it join text.
        if !parts[0].hasPrefix("'") { parts.insert("''", at: 0) }
        return "(" + parts.joined(separator: " + ") + ")"
    }

    /// `values` as a PowerShell array expression: `@('a', 'b')`.
    static func array(_ values: [String]) -> String {
        "@(" + values.map(quote).joined(separator: ", ") + ")"
    }

    private static func hex(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
