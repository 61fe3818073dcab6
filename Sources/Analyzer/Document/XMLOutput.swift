/// Where the document encoders write elements: `XMLWriter` makes text; the checks build a libxml2
/// tree straight from the same calls, without writing text and parsing it again.
public protocol XMLOutput {
    /// Opens `<name …>`; close it with `close()`. Attributes with nil values are left out.
    mutating func open(_ name: String, _ attributes: [XMLWriter.Attribute])
    /// Writes an empty element `<name …/>`.
    mutating func empty(_ name: String, _ attributes: [XMLWriter.Attribute])
    /// Writes `<name …>content</name>`.
    mutating func text(_ name: String, _ content: String, _ attributes: [XMLWriter.Attribute])
    /// Closes the innermost open element.
    mutating func close()
}

extension XMLOutput {
    /// Opens `<name>` without attributes.
    public mutating func open(_ name: String) {
        open(name, [])
    }

    /// Writes an empty `<name/>` without attributes.
    public mutating func empty(_ name: String) {
        empty(name, [])
    }

    /// Writes `<name>content</name>` without attributes.
    public mutating func text(_ name: String, _ content: String) {
        text(name, content, [])
    }

    /// Writes `<name>` children produced by `body` when `isEmpty` is false; nothing otherwise.
    public mutating func list(_ name: String, isEmpty: Bool, _ body: (inout Self) -> Void) {
        guard !isEmpty else { return }
        open(name)
        body(&self)
        close()
    }
}
