/// Escapes text from the capture for GitHub-flavoured Markdown, in paragraphs, list items, headings
/// and table cells alike.
enum MarkdownEscaper {
    /// `text` with Markdown punctuation backslash-escaped, `&`, `<` and `>` as character references
    /// (so no HTML gets through), `|` escaped for tables, and line breaks as `<br>`.
    static func text(_ text: String) -> String {
        var out = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "{", "}", "$":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "<br>"
            case "\n": if !previousWasCarriageReturn { out += "<br>" }
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` in code style: escaped like `text(_:)` inside `<code>`, since a Markdown code span would
    /// pass `<` through untouched and cannot escape `|` outside tables.
    static func code(_ text: String) -> String {
        text.isEmpty ? "" : "<code>\(Self.text(text))</code>"
    }

    /// A relative path as a link destination: spaces, `<`, `>`, parentheses, quotes, backslashes,
    /// backticks, `%` and control characters percent-encoded, so the link cannot end early.
    static func destination(_ path: String) -> String {
        let reserved = Set(" <>()%\\`\"'".unicodeScalars)
        var out = ""
        for scalar in path.unicodeScalars {
            if reserved.contains(scalar) || scalar.value < 0x20 || scalar.value == 0x7F {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "%" + (hex.count < 2 ? "0" : "") + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
