/// One element start or end, as `SafeXMLReader` delivers it.
struct XMLNode: Sendable, Hashable {
    /// What the node is.
    enum Kind: Sendable, Hashable {
        /// A start tag (or an empty-element tag).
        case element
        /// An end tag; an empty-element tag is followed by a synthesised one.
        case endElement
    }

    /// One attribute as written: its qualified name and its value (character references resolved).
    struct Attribute: Sendable, Hashable {
        var name: String
        var value: String
    }

    var kind: Kind
    /// The element's local name (without a namespace prefix).
    var name: String
    /// Nesting depth; the root element is at depth 0.
    var depth: Int
    /// 1-based line of the tag, as libxml2 records it: the line where the start tag ends (the same
    /// line for the one-line tags IIS writes).
    var line: Int
    /// Attributes in document order (empty for end tags).
    var attributes: [Attribute]
    /// True for an empty-element tag such as `<add name="x" />`.
    var isEmptyElement: Bool

    /// The value of the attribute named `name` (exact, case-sensitive, as XML is), if present.
    func attribute(_ name: String) -> String? {
        attributes.first(where: { $0.name == name })?.value
    }
}
