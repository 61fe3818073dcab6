/// One element start or end, as `SafeXMLReader` delivers it. Its attributes can be read until the
/// reader's next `next()` (see `XMLAttributes`); the rest stays valid.
struct XMLNode {
    /// What the node is.
    enum Kind: Sendable, Hashable {
        /// A start tag (or an empty-element tag).
        case element
        /// An end tag; an empty-element tag is followed by a synthesised one.
        case endElement
    }

    var kind: Kind
    /// The element's local name (without a namespace prefix).
    var name: String
    /// Nesting depth; the root element is at depth 0.
    var depth: Int
    /// 1-based line of the tag, as libxml2 records it: the line where the start tag ends (the same
    /// line for the one-line tags IIS writes).
    var line: Int
    /// The start tag's attributes (none for end tags).
    var attributes: XMLAttributes
    /// True for an empty-element tag such as `<add name="x" />`.
    var isEmptyElement: Bool

    /// The value of the attribute named `name` (without a prefix; exact, case-sensitive, as XML
    /// is), if present.
    func attribute(_ name: StaticString) -> String? {
        attributes[name]
    }
}
