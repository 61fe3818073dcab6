import CLibXML2

/// Builds a document for `XPathDocument` element by element, for a caller that has the elements at
/// hand and would otherwise write them as text only for `XPathDocument(xml:)` to parse it again.
/// The tree is the one parsing that text gives (no blank text nodes, names shared in one
/// dictionary); values are taken as they are, so they must hold only characters XML allows, and an
/// element's attribute names must differ, as in XML.
public final class XPathTreeBuilder {
    /// An attribute; nil values are left out.
    public typealias Attribute = (name: String, value: String?)

    private var tree: xmlDocPtr?
    private let names: OpaquePointer
    private var parent: xmlNodePtr?

    /// libxml2 set up once for use from several threads (the parser does this itself; building a
    /// tree does not).
    private static let libxml2: Void = xmlInitParser()

    /// An empty document.
    public init() {
        _ = Self.libxml2
        let tree = xmlNewDoc("1.0")!
        names = xmlDictCreate()
        tree.pointee.dict = names
        self.tree = tree
    }

    deinit {
        if let tree { xmlFreeDoc(tree) }
    }

    /// Opens `<name …>`: the next elements are its children until `close()`.
    public func open(_ name: String, _ attributes: [Attribute]) {
        parent = element(name, attributes)
    }

    /// Adds an element without children.
    public func empty(_ name: String, _ attributes: [Attribute]) {
        element(name, attributes)
    }

    /// Adds an element whose only child is the text `content` (none when it is empty).
    public func text(_ name: String, _ content: String, _ attributes: [Attribute]) {
        let node = element(name, attributes)
        if !content.isEmpty { xmlAddChild(node, xmlNewDocText(tree, content)) }
    }

    /// Closes the innermost open element.
    public func close() {
        precondition(parent != nil, "XPathTreeBuilder: close() without an open element")
        parent = parent?.pointee.parent.flatMap { $0.pointee.type == XML_ELEMENT_NODE ? $0 : nil }
    }

    /// The finished document, ready for queries. Every element must have been closed.
    public func finish() throws(XPathDocument.Failure) -> XPathDocument {
        precondition(parent == nil, "XPathTreeBuilder: an element is still open")
        guard let tree, xmlDocGetRootElement(tree) != nil else {
            throw XPathDocument.Failure(message: "the document has no root element", line: 0)
        }
        self.tree = nil
        return try XPathDocument(adopting: tree)
    }

    /// A new element under the open one (the root element when none is open), with `attributes`.
    @discardableResult
    private func element(_ name: String, _ attributes: [Attribute]) -> xmlNodePtr {
        guard let tree else { preconditionFailure("XPathTreeBuilder: element added after finish()") }
        let node = xmlNewDocNodeEatName(tree, nil, interned(name), nil)!
        if let parent {
            xmlAddChild(parent, node)
        } else {
            precondition(xmlDocGetRootElement(tree) == nil, "XPathTreeBuilder: a second root element")
            xmlDocSetRootElement(tree, node)
        }
        for (attribute, value) in attributes {
            guard let value else { continue }
            add(attribute, value, to: node)
        }
        return node
    }

    /// Adds the attribute `name="value"` to `element`. A value shorter than 16 bytes is kept inside
    /// its text node, in the 16 bytes of the `properties` and `nsDef` fields a text node does not
    /// use, as the parser does with `XML_PARSE_COMPACT` (and `xmlFreeNode` expects): line numbers,
    /// `true`/`false` and short names need no heap block of their own.
    private func add(_ name: String, _ value: String, to element: xmlNodePtr) {
        let attribute = xmlNewNsPropEatName(element, nil, interned(name), nil)!
        let text = xmlNewDocText(tree, nil)!
        var value = value
        value.withUTF8 { bytes in
            let inline = MemoryLayout<UnsafeRawPointer>.size * 2
            if bytes.count < inline {
                let offset = MemoryLayout<xmlNode>.offset(of: \.properties)!
                let storage = (UnsafeMutableRawPointer(text) + offset).assumingMemoryBound(to: xmlChar.self)
                if let start = bytes.baseAddress { storage.update(from: start, count: bytes.count) }
                storage[bytes.count] = 0
                text.pointee.content = storage
            } else {
                text.pointee.content = xmlStrndup(bytes.baseAddress, Int32(bytes.count))
            }
        }
        text.pointee.parent = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self)
        attribute.pointee.children = text
        attribute.pointee.last = text
    }

    /// `name` in the document's dictionary, which owns it: freeing a node leaves it there.
    private func interned(_ name: String) -> UnsafeMutablePointer<xmlChar> {
        UnsafeMutablePointer(mutating: xmlDictLookup(names, name, -1)!)
    }
}
