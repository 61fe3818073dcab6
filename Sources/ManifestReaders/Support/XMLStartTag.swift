import CLibXML2
import Foundation

/// The start tag a `SafeXMLReader`'s `xmlTextReader` is on, read from libxml2 only as far as
/// someone asks: its attributes stay in libxml2 until a value is wanted, and only that value is
/// copied out.
///
/// The reader counts its moves in `generation`; an `XMLAttributes` made at an earlier count is
/// stale (libxml2 may have freed the element) and reading it stops the program, like an index out
/// of range, instead of touching freed memory. So does moving the reader while a value's bytes are
/// lent out (`withValue`).
///
/// Attributes whose values may hold secrets (`secretNames`) are never found, listed or copied.
final class XMLStartTag {
    /// Attributes whose values may hold secrets, in lower case; they are left out in any case.
    static let secretNames: [StaticString] = ["password", "connectionstring"]

    /// The number of moves of the reader so far.
    private(set) var generation = 0
    /// The reader, while it is open and on a start tag.
    private var reader: xmlTextReaderPtr?
    /// The number of `withValue` bodies running.
    private var lent = 0

    /// Notes that the reader moves on, to the start tag `reader` is then on if it is on one.
    func move(to reader: xmlTextReaderPtr?) {
        precondition(lent == 0, "the XML reader moved while an attribute value was lent out")
        generation &+= 1
        self.reader = reader
    }

    /// `body` of the UTF-8 bytes of the attribute named `name`, if present and not secret; nil
    /// otherwise. `name` has no prefix (an attribute with one is not found) and is compared byte
    /// for byte, as XML compares names. The bytes are valid only during `body`.
    func withValue<Result>(
        of name: StaticString, at generation: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        guard let reader = current(generation), let element = xmlTextReaderCurrentNode(reader) else { return nil }
        return name.withUTF8Buffer { wanted in
            Self.isSecret(wanted) ? nil : withValue(of: wanted, in: element, reader, body)
        }
    }

    /// `withValue(of:at:_:)` once the name is known not to be secret.
    private func withValue<Result>(
        of wanted: UnsafeBufferPointer<UInt8>, in element: xmlNodePtr, _ reader: xmlTextReaderPtr,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        var index = 0
        var attribute = element.pointee.properties
        while let candidate = attribute {
            if candidate.pointee.ns?.pointee.prefix == nil, Self.equal(candidate.pointee.name, wanted) {
                return lendValue(of: candidate, number: index, in: element, reader, body)
            }
            index += 1
            attribute = candidate.pointee.next
        }
        return nil
    }

    /// `body` of the UTF-8 bytes of the name and the value of every attribute without a prefix but
    /// the secret ones, in document order: what `withValue(of:at:_:)` finds, in one pass. The
    /// bytes are valid only during `body`.
    func forEachUnprefixedAttribute(
        at generation: Int, _ body: (_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard let reader = current(generation), let element = xmlTextReaderCurrentNode(reader) else { return }
        var index = 0
        var attribute = element.pointee.properties
        while let candidate = attribute {
            let name = Self.bytes(candidate.pointee.name)
            if candidate.pointee.ns?.pointee.prefix == nil, !Self.isSecret(name) {
                lendValue(of: candidate, number: index, in: element, reader) { body(name, $0) }
            }
            index += 1
            attribute = candidate.pointee.next
        }
    }

    /// `body` of the UTF-8 bytes of the value of `attribute`, the `index`th of `element`.
    private func lendValue<Result>(
        of attribute: xmlAttrPtr, number index: Int, in element: xmlNodePtr, _ reader: xmlTextReaderPtr,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        lent += 1
        defer { lent -= 1 }
        if let text = Self.onlyText(of: attribute) { return body(Self.bytes(text)) }
        // libxml2 numbers the element's namespace declarations first, then its attributes.
        var joined = Self.joinedText(ofAttribute: Self.count(element.pointee.nsDef) + index, in: reader)
        return joined.withUTF8(body)
    }

    /// `body` of the UTF-8 bytes of the qualified name and the value of every attribute but the
    /// secret ones, in document order. The bytes are valid only during `body`.
    func forEachAttribute(
        at generation: Int, _ body: (_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard let reader = current(generation) else { return }
        lent += 1
        defer {
            lent -= 1
            xmlTextReaderMoveToElement(reader)
        }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let name = Self.bytes(xmlTextReaderConstName(reader))
            if Self.isSecret(name) { continue }
            body(name, Self.bytes(xmlTextReaderConstValue(reader)))
        }
    }

    /// The reader, when `generation` is the current one; stops the program when it is not.
    private func current(_ generation: Int) -> xmlTextReaderPtr? {
        precondition(generation == self.generation, "attributes of an XMLNode read after the reader moved on")
        return reader
    }

    /// The text of `attribute` when it is one text node (as it is unless it holds entity
    /// references), which is what `xmlTextReaderConstValue` gives then.
    private static func onlyText(of attribute: xmlAttrPtr) -> UnsafePointer<xmlChar>? {
        guard let text = attribute.pointee.children, text.pointee.type == XML_TEXT_NODE, text.pointee.next == nil else {
            return nil
        }
        return UnsafePointer(text.pointee.content)
    }

    /// The text libxml2 joins for the `index`th attribute of the element `reader` is on.
    private static func joinedText(ofAttribute index: Int, in reader: xmlTextReaderPtr) -> String {
        guard xmlTextReaderMoveToAttributeNo(reader, Int32(index)) == 1 else { return "" }
        defer { xmlTextReaderMoveToElement(reader) }
        return string(xmlTextReaderConstValue(reader))
    }

    /// The number of namespace declarations in the list starting at `declaration`.
    private static func count(_ declaration: xmlNsPtr?) -> Int {
        var count = 0
        var next = declaration
        while let current = next {
            count += 1
            next = current.pointee.next
        }
        return count
    }

    /// True when the NUL-terminated `name` holds exactly `bytes` (which hold no NUL).
    private static func equal(_ name: UnsafePointer<xmlChar>?, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let name else { return false }
        guard let wanted = bytes.baseAddress, !bytes.isEmpty else { return name[0] == 0 }
        // `strncmp` stops at the NUL that ends a shorter `name`, which differs from the byte it meets.
        return name[0] == wanted[0]
            && strncmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self),
                UnsafeRawPointer(wanted).assumingMemoryBound(to: CChar.self), bytes.count) == 0
            && name[bytes.count] == 0
    }

    /// True when `name` is one of `secretNames`, its letters in any case (as `lowercased()`
    /// compares: of the other characters, only the Kelvin sign lower-cases to an ASCII letter, "k",
    /// which these names do not hold).
    private static func isSecret(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        for secret in secretNames where secret.utf8CodeUnitCount == name.count {
            // Every byte of a secret name is a small letter, which `| 0x20` makes of its capital
            // and of nothing else.
            if secret.withUTF8Buffer({ zip(name, $0).allSatisfy { $0 | 0x20 == $1 } }) { return true }
        }
        return false
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        String(decoding: bytes(pointer), as: UTF8.self)
    }

    /// The bytes of the NUL-terminated `pointer` (none for a null pointer). Measured with libc's
    /// `strlen`, which reads several bytes at a time where `xmlStrlen` reads one.
    private static func bytes(_ pointer: UnsafePointer<xmlChar>?) -> UnsafeBufferPointer<UInt8> {
        let count = pointer.map { strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) } ?? 0
        return UnsafeBufferPointer(start: pointer, count: count)
    }
}
