import CLibXML2

/// Makes an `XMLNode` of the element start an `xmlTextReader` is on, leaving out the attributes
/// whose values may hold secrets (`SafeXMLReader.secretAttributeNames`): their values are never
/// copied out of libxml2. Names are converted once each (see `XMLNameTable`).
struct XMLElementConverter {
    /// An attribute's name, and whether its value may hold a secret.
    private struct AttributeName {
        let name: String
        let isSecret: Bool

        init(_ name: String) {
            self.name = name
            isSecret = SafeXMLReader.secretAttributeNames.contains(name.lowercased())
        }
    }

    /// Element names without their prefix, by libxml2's interned name.
    private var localNames = XMLNameTable(Self.localName(of:))
    /// Attribute names, by libxml2's interned name.
    private var attributeNames = XMLNameTable(AttributeName.init)

    /// The element start `reader` is on, with its attributes in document order.
    mutating func element(_ reader: xmlTextReaderPtr) -> XMLNode {
        let name = xmlTextReaderConstLocalName(reader).map { localNames.entry(for: $0) } ?? ""
        let depth = Int(xmlTextReaderDepth(reader))
        let line = SafeXMLReader.line(of: reader)
        let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
        var attributes: [XMLNode.Attribute] = []
        attributes.reserveCapacity(Int(max(xmlTextReaderAttributeCount(reader), 0)))
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let attributeName =
                xmlTextReaderConstName(reader).map { attributeNames.entry(for: $0) } ?? AttributeName("")
            guard !attributeName.isSecret else { continue }
            attributes.append(.init(name: attributeName.name, value: Self.string(xmlTextReaderConstValue(reader))))
        }
        xmlTextReaderMoveToElement(reader)
        return XMLNode(
            kind: .element, name: name, depth: depth, line: line, attributes: attributes, isEmptyElement: isEmpty)
    }

    /// An element's name without its prefix (libxml2 keeps the prefix when it is undeclared).
    private static func localName(of name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
