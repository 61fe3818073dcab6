/// The attributes of one start tag, as a `SafeXMLReader` delivers them: they stay in libxml2, and
/// a value is copied out only when asked for. They can be read until the reader's next `next()`;
/// reading them later stops the program (see `XMLStartTag`).
///
/// Attributes whose values may hold secrets (`XMLStartTag.secretNames`) are left out.
struct XMLAttributes {
    /// Nil for no attributes, as an end tag has.
    private let tag: XMLStartTag?
    private let generation: Int

    /// The attributes of the start tag `tag` is on now (none when it is on no start tag).
    init(of tag: XMLStartTag) {
        self.tag = tag
        generation = tag.generation
    }

    /// No attributes, as an end tag has (which then holds no reference to the reader).
    init() {
        tag = nil
        generation = 0
    }

    /// The value of the attribute named `name` (without a prefix; exact and case-sensitive, as XML
    /// compares names), if present.
    subscript(name: StaticString) -> String? {
        withValue(of: name) { String(decoding: $0, as: UTF8.self) }
    }

    /// `body` of the UTF-8 bytes of the attribute named `name` (as for the subscript), nil when
    /// there is no such attribute. The bytes are valid only during `body`, which must not move
    /// the reader.
    func withValue<Result>(of name: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        tag?.withValue(of: name, at: generation, body)
    }

    /// `body` of the UTF-8 bytes of each one's qualified name and value, in document order. The
    /// bytes are valid only during `body`, which must not move the reader.
    func forEach(_ body: (_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> Void) {
        tag?.forEachAttribute(at: generation, body)
    }

    /// `body` of the UTF-8 bytes of each one's name and value, for those without a prefix (the
    /// ones the subscript finds), in document order: one pass for an element whose attributes are
    /// mostly wanted. The bytes are valid only during `body`, which must not move the reader.
    func forEachUnprefixed(
        _ body: (_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> Void
    ) {
        tag?.forEachUnprefixedAttribute(at: generation, body)
    }
}
