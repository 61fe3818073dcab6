/// Builds an XML document as text, escaping every value, so nothing from a capture can change the
/// document's structure. Attributes are written in the order given; callers pass them in a fixed
/// order, which keeps the output byte-identical between runs.
public struct XMLWriter: XMLOutput, Sendable {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var openElements: [String] = []
    /// The innermost open element has nothing in it yet.
    private var isEmptySoFar = false

    public init() {}

    /// An attribute; nil values are left out.
    public typealias Attribute = (name: String, value: String?)

    /// Opens `<name …>`; close it with `close()`.
    public mutating func open(_ name: String, _ attributes: [Attribute]) {
        start(name, attributes)
        text += ">\n"
        openElements.append(name)
        isEmptySoFar = true
    }

    /// Writes an empty element `<name …/>`.
    public mutating func empty(_ name: String, _ attributes: [Attribute]) {
        start(name, attributes)
        text += "/>\n"
    }

    /// Writes `<name …>text</name>` on one line, the text escaped.
    public mutating func text(_ name: String, _ content: String, _ attributes: [Attribute]) {
        start(name, attributes)
        text += ">"
        text += Self.escape(content)
        text += "</\(name)>\n"
    }

    /// Closes the innermost open element; one with nothing in it becomes `<name …/>`.
    public mutating func close() {
        let name = openElements.removeLast()
        if isEmptySoFar {
            // Nothing was written into it: `<name …/>`, not an element holding a line break and
            // indentation, which a parser would keep as text.
            text.removeLast(2)
            text += "/>\n"
        } else {
            indent()
            text += "</\(name)>\n"
        }
        isEmptySoFar = false
    }

    /// The finished document. All elements must have been closed.
    public var document: String {
        precondition(openElements.isEmpty, "XMLWriter: unclosed <\(openElements.last ?? "")>")
        return text
    }

    /// Writes the indentation, `<name` and the attributes.
    private mutating func start(_ name: String, _ attributes: [Attribute]) {
        isEmptySoFar = false
        indent()
        text += "<"
        text += name
        for (name, value) in attributes {
            guard let value else { continue }
            text += " "
            text += name
            text += "=\""
            text += Self.escape(value)
            text += "\""
        }
    }

    private mutating func indent() {
        for _ in openElements.indices { text += "  " }
    }

    /// Escapes a value for a double-quoted attribute. Characters XML 1.0 cannot carry (most C0
    /// controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
    public static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: needsEscaping) else { return value }
        var out = ""
        out.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                out.unicodeScalars.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// `value` as an XML parser reads back its escaped form: the characters XML 1.0 cannot carry
    /// (most C0 controls, U+FFFE/U+FFFF) replaced by U+FFFD, nothing else changed. What a tree built
    /// without text holds.
    public static func xmlCharacters(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }) else { return value }
        var out = ""
        out.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            out.unicodeScalars.append(isXMLCharacter(scalar) || "\t\n\r".unicodeScalars.contains(scalar) ? scalar : "\u{FFFD}")
        }
        return out
    }

    /// Characters XML 1.0 allows besides tab, line feed and carriage return.
    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value >= 0x20 && value != 0xFFFE && value != 0xFFFF
    }
}

/// True for the UTF-8 bytes `escape` may change: controls, `&`, `<`, `>`, `"`, and 0xEF, the lead
/// byte of U+FFFE and U+FFFF.
private func needsEscaping(_ byte: UInt8) -> Bool {
    switch byte {
    case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), 0xEF: true
    default: false
    }
}

extension Bool {
    /// "true" or "false", the XML Schema boolean spelling the documents use.
    var xmlValue: String { self ? "true" : "false" }
}

extension Optional where Wrapped == Bool {
    /// "true", "false", or nil (attribute left out).
    var xmlValue: String? { map(\.xmlValue) }
}

extension Optional where Wrapped == Int {
    /// The number as text, or nil (attribute left out).
    var xmlValue: String? { map(String.init) }
}
