/// Builds an XML document as text, escaping every value, so nothing from a capture can change the
/// document's structure. Attributes are written in the order given; callers pass them in a fixed
/// order, which keeps the output byte-identical between runs.
public struct XMLWriter: Sendable {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var openElements: [String] = []

    public init() {}

    /// An attribute; nil values are left out.
    public typealias Attribute = (name: String, value: String?)

    /// Opens `<name …>`; close it with `close()`.
    public mutating func open(_ name: String, _ attributes: [Attribute] = []) {
        start(name, attributes)
        text += ">\n"
        openElements.append(name)
    }

    /// Writes an empty element `<name …/>`.
    public mutating func empty(_ name: String, _ attributes: [Attribute] = []) {
        start(name, attributes)
        text += "/>\n"
    }

    /// Writes `<name …>text</name>` on one line, the text escaped.
    public mutating func text(_ name: String, _ content: String, _ attributes: [Attribute] = []) {
        start(name, attributes)
        text += ">"
        text += Self.escape(content)
        text += "</\(name)>\n"
    }

    /// Closes the innermost open element.
    public mutating func close() {
        let name = openElements.removeLast()
        indent()
        text += "</\(name)>\n"
    }

    /// Writes `<name>` children produced by `body` when `isEmpty` is false; nothing otherwise.
    public mutating func list(_ name: String, isEmpty: Bool, _ body: (inout XMLWriter) -> Void) {
        guard !isEmpty else { return }
        open(name)
        body(&self)
        close()
    }

    /// The finished document. All elements must have been closed.
    public var document: String {
        precondition(openElements.isEmpty, "XMLWriter: unclosed <\(openElements.last ?? "")>")
        return text
    }

    /// Writes the indentation, `<name` and the attributes.
    private mutating func start(_ name: String, _ attributes: [Attribute]) {
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
                let v = scalar.value
                let allowed = v >= 0x20 && v != 0xFFFE && v != 0xFFFF
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
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
