/// A JSON value written so that it can sit inside `<script type="application/json">`: every `<`,
/// `>`, `&`, U+2028 and U+2029 (and every control character) in a string is a `\uXXXX` escape, so no
/// string can end the script element or open a comment. Object keys keep the order they are given in.
enum ScriptSafeJSON {
    case string(String)
    case int(Int)
    case array([ScriptSafeJSON])
    case object([(key: String, value: ScriptSafeJSON)])

    /// The value as compact JSON text.
    var text: String {
        switch self {
        case .string(let string): Self.quoted(string)
        case .int(let number): String(number)
        case .array(let items): "[" + items.map(\.text).joined(separator: ",") + "]"
        case .object(let members): "{" + members.map { Self.quoted($0.key) + ":" + $0.value.text }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                out += unicodeEscape(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += unicodeEscape(scalar)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
