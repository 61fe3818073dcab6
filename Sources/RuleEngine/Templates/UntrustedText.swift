/// Text taken from a capture, made safe to show on one line of a terminal or report.
enum UntrustedText {
    /// `text` with every control character (C0, C1, line and paragraph separators, and the
    /// bidirectional overrides and isolates that can reorder what a reader sees) replaced by a space.
    static func printable(_ text: String) -> String {
        guard needsReplacing(text) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? " " : $0 }))
    }

    /// Whether `text` holds a control character. Printable ASCII (0x20-0x7E), most of what
    /// captures hold, is passed over a byte at a time without looking up Unicode properties.
    private static func needsReplacing(_ text: String) -> Bool {
        let printableASCII = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
        return printableASCII != true && text.unicodeScalars.contains(where: isControl)
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
