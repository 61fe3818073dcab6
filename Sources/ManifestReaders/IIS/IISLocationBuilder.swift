/// Collects one `<location>` element while its contents are read.
struct IISLocationBuilder {
    /// True when the location addresses the file's own level (`path` "" or "."), so its contents
    /// count as the file's settings too.
    let appliesToFileLevel: Bool
    private var location: IISLocation
    /// The sections configured, in the order met, each once (a location holds a few).
    private var sections: [String] = []

    /// Starts a location from its start tag.
    init(_ node: borrowing XMLNode, values: inout AttributeParser) {
        var rawTag: [UInt8] = []
        rawTag.reserveCapacity(128)
        rawTag.append(contentsOf: "<location".utf8)
        node.attributes.forEach { name, value in
            rawTag.append(UInt8(ascii: " "))
            rawTag.append(contentsOf: name)
            rawTag.append(contentsOf: #"=""#.utf8)
            Self.appendEscaped(value, to: &rawTag)
            rawTag.append(UInt8(ascii: "\""))
        }
        rawTag.append(UInt8(ascii: ">"))
        location = IISLocation(
            path: node.attribute("path") ?? "", overrideMode: node.attribute("overrideMode"),
            inheritInChildApplications: values.bool("inheritInChildApplications", of: node),
            rawTag: String(decoding: rawTag, as: UTF8.self), source: values.file.location(line: node.line))
        appliesToFileLevel = location.path.isEmpty || location.path == "."
    }

    /// Adds an element inside the location, given its path below the `<location>` and the
    /// configuration section it belongs to (nil for a section group).
    mutating func add(_ node: XMLNode, at path: [String], in section: String?, values: inout AttributeParser) {
        // The elements of a section come one after the other: only the first is worth a search.
        if let section, section != sections.last, !sections.contains(section) {
            sections.append(section)
        }
        location.authentication.apply(node, at: path, values: &values)
    }

    /// The finished location, with its sections sorted.
    consuming func finished() -> IISLocation {
        location.sections = sections.sorted()
        return location
    }

    /// Appends the UTF-8 bytes `value`, escaped for a double-quoted XML attribute, to `tag`.
    private static func appendEscaped(_ value: UnsafeBufferPointer<UInt8>, to tag: inout [UInt8]) {
        guard value.contains(where: isMarkup) else { return tag.append(contentsOf: value) }
        var escaped = ""
        for character in String(decoding: value, as: UTF8.self) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        tag.append(contentsOf: escaped.utf8)
    }

    /// True for the bytes `appendEscaped` replaces (when they stand alone as `Character`s).
    private static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""): true
        default: false
        }
    }
}
