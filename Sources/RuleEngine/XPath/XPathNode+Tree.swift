import CLibXML2

extension XPathNode {
    /// The element this node is or belongs to: itself for an element, the owner element of an
    /// attribute or text node, the root element for the document node.
    var element: XPathNode? {
        guard let pointer else { return nil }
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE:
            return self
        case XML_DOCUMENT_NODE:
            return XPathNode(xmlDocGetRootElement(pointer.pointee.doc))
        default:
            return XPathNode(pointer.pointee.parent).element
        }
    }

    /// Whether the node is an attribute.
    var isAttribute: Bool { pointer?.pointee.type == XML_ATTRIBUTE_NODE }

    /// The parent element of an element, nil for the root element.
    var parentElement: XPathNode? {
        guard let parent = pointer?.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XPathNode(parent)
    }
}
