import CLibXML2
import Foundation

/// `xml-floor FILE`: the least a Swift reader on libxml2's `xmlTextReader` can do, to tell how close
/// to `xmllint --stream` an IIS reader can get. It reads every node with the options `SafeXMLReader`
/// uses, makes a Swift `String` of every element's name (cached by libxml2's interned name pointer)
/// and of every attribute's name and value, and counts them. No model is built.
enum XMLFloor {
    static func run(_ path: String) -> Int32 {
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_BIG_LINES.rawValue)
        guard let reader = xmlReaderForFile(path, nil, options) else {
            print("xml-floor: cannot open \(path)")
            return 1
        }
        defer { xmlFreeTextReader(reader) }
        var names: [UnsafePointer<xmlChar>: String] = [:]
        var elements = 0
        var attributes = 0
        var characters = 0
        while xmlTextReaderRead(reader) == 1 {
            guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue),
                let pointer = xmlTextReaderConstLocalName(reader)
            else { continue }
            elements += 1
            let name: String
            if let known = names[pointer] {
                name = known
            } else {
                name = String(cString: pointer)
                names[pointer] = name
            }
            characters += name.utf8.count
            while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                attributes += 1
                let attributeName = xmlTextReaderConstName(reader).map { String(cString: $0) } ?? ""
                let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                characters += attributeName.utf8.count + value.utf8.count
            }
            xmlTextReaderMoveToElement(reader)
        }
        print("elements=\(elements) attributes=\(attributes) characters=\(characters) distinctNames=\(names.count)")
        return 0
    }
}
