/// Capture values made safe for comments and notes: Dockerfile and PowerShell comments, README
/// files and the content manifest.
enum SafeText {
    /// `value` on one line of printable ASCII: every other character (line breaks, tabs, other
    /// control characters and all non-ASCII) is written `\uXXXX` (`\u{XXXXX}` beyond the Basic
    /// Multilingual Plane). A value cannot end the comment it stands in and start an instruction,
    /// and no reader can decode it into something else.
    static func line(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            if (0x20...0x7E).contains(scalar.value) {
                out.unicodeScalars.append(scalar)
            } else {
                out += escape(scalar)
            }
        }
        return out
    }

    /// `value` as one field of a tab-separated line: control characters (tab and line breaks
    /// among them) written `\uXXXX`, everything else kept.
    static func field(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
                out += escape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        guard digits.count <= 4 else { return "\\u{\(digits)}" }
        return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }
}
