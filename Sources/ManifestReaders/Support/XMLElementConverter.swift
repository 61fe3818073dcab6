import CLibXML2

/// Makes an `XMLNode` of the element start an `xmlTextReader` is on. Names are converted once
/// each (see `XMLNameTable`); attributes stay in libxml2 until asked for (see `XMLAttributes`).
struct XMLElementConverter {
    /// Element names without their prefix, by libxml2's interned name.
    private var localNames = XMLNameTable(Self.localName(of:))

    /// The element start `reader` is on, whose attributes `tag` reads.
    mutating func element(_ reader: xmlTextReaderPtr, tag: XMLStartTag) -> XMLNode {
        XMLNode(
            kind: .element, name: xmlTextReaderConstLocalName(reader).map { localNames.entry(for: $0) } ?? "",
            depth: Int(xmlTextReaderDepth(reader)), line: SafeXMLReader.line(of: reader),
            attributes: XMLAttributes(of: tag), isEmptyElement: xmlTextReaderIsEmptyElement(reader) == 1)
    }

    /// An element's name without its prefix (libxml2 keeps the prefix when it is undeclared).
    private static func localName(of name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }
}
