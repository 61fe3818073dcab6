/// Text taken from a capture, made safe to show on one line of a terminal or report.
enum UntrustedText {
    /// `text` with every control character (C0, C1, line and paragraph separators, and the
    /// bidirectional overrides and isolates that can reorder what a reader sees) replaced by a space.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? " " : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }
    }
}
