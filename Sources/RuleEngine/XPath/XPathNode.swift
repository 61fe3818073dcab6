import CLibXML2

/// One node an XPath expression selected. Valid while its `XPathDocument` lives; two are equal
/// when they are the same node.
public struct XPathNode: Hashable {
    let pointer: xmlNodePtr?

    init(_ pointer: xmlNodePtr?) {
        self.pointer = pointer
    }

    /// Element or attribute name.
    public var name: String {
        guard let name = pointer?.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The line of the node in the document text; 0 in a tree built by `XPathTreeBuilder`, which
    /// has no text.
    public var line: Int {
        guard let pointer else { return 0 }
        return Int(xmlGetLineNo(pointer))
    }

    /// The node's string value (text content; an attribute's value).
    public var stringValue: String {
        guard let pointer, let content = xmlNodeGetContent(pointer) else { return "" }
        defer { clibxml2_free(content) }
        return String(cString: content)
    }

    /// Whether an element node has the attribute `name`.
    public func hasAttribute(_ name: String) -> Bool {
        guard let pointer else { return false }
        return xmlHasProp(pointer, name) != nil
    }

    /// An attribute of an element node, nil when absent.
    public func attribute(_ name: String) -> String? {
        guard let pointer, let value = xmlGetProp(pointer, name) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }
}
