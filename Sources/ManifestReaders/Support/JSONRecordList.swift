import Foundation

/// The objects of a list PowerShell's `ConvertTo-Json` wrote: an array of objects, a single object (a
/// pipeline of one), or `{"value": [...], "Count": n}` (an array passed with `-InputObject` in Windows
/// PowerShell 3 and 4). Each object keeps the line its `{` is on.
struct JSONRecordList {
    /// One JSON object of the list.
    struct Record {
        /// The object's properties by lower-cased name (PowerShell property names are case-insensitive).
        private let fields: [String: Any]
        /// The line the object starts on.
        let line: Int

        init(fields: [String: Any], line: Int) {
            self.fields = Dictionary(fields.map { ($0.key.lowercased(), $0.value) }) { first, _ in first }
            self.line = line
        }

        /// The value of the first of `keys` the object has with a scalar value, as text: strings as they
        /// are, numbers in decimal, booleans as PowerShell spells them ("True", "False"). Nil for null,
        /// arrays, objects and absent keys.
        func string(_ keys: [String]) -> String? {
            for key in keys {
                switch fields[key.lowercased()] {
                case let text as String:
                    return text
                case let number as NSNumber:
                    if ObjectIdentifier(type(of: number)) == JSONRecordList.booleanType {
                        return number.boolValue ? "True" : "False"
                    }
                    return number.stringValue
                default:
                    continue
                }
            }
            return nil
        }
    }

    /// The objects, in document order.
    let records: [Record]
    /// How many array elements were not objects (and so are not in `records`).
    let skippedElements: Int

    /// The class Foundation gives JSON `true` and `false`, to tell them from the numbers 1 and 0.
    private static let booleanType = ObjectIdentifier(type(of: NSNumber(value: true)))

    /// Parses `text`.
    init(text: String) throws(JSONParseError) {
        let data = Data(text.utf8)
        let document: Any
        do {
            document = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw JSONParseError(error, in: data)
        }
        let lines = JSONRecordList.objectLines(in: data)
        let elements: [Any]
        let depth: Int
        switch document {
        case let array as [Any]:
            (elements, depth) = (array, 1)
        case let object as [String: Any] where Set(object.keys) == ["value", "Count"]:
            (elements, depth) = ((object["value"] as? [Any]) ?? [], 2)
        case let object as [String: Any]:
            (elements, depth) = ([object], 0)
        default:
            throw JSONParseError(message: "the document is a single value, not an object or a list of objects", line: 1)
        }
        var objectLines = lines[depth, default: []].makeIterator()
        var records: [Record] = []
        for case let object as [String: Any] in elements {
            records.append(Record(fields: object, line: objectLines.next() ?? 1))
        }
        self.records = records
        self.skippedElements = elements.count - records.count
    }

    /// True when `text` (the start of a file) has the property name `key` (case-insensitive) followed by
    /// a colon, the way a JSON object writes it.
    static func text(_ text: Substring, hasKey key: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: "\"\(key)\"", options: .caseInsensitive) {
            rest = rest[range.upperBound...]
            if rest.drop(while: \.isWhitespace).first == ":" { return true }
        }
        return false
    }

    /// The lines of the `{` of every object, by nesting depth (0 for the document's own object).
    private static func objectLines(in data: Data) -> [Int: [Int]] {
        var lines: [Int: [Int]] = [:]
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        for byte in data {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "{"):
                lines[depth, default: []].append(line)
                depth += 1
            case UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            default:
                break
            }
        }
        return lines
    }
}
