/// Escapes text for HTML element content and quoted attribute values.
enum HTMLEscaper {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe both as element
    /// content and inside a double- or single-quoted attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
