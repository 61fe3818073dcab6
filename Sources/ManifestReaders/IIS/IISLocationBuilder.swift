/// Collects one `<location>` element while its contents are read.
struct IISLocationBuilder {
    /// True when the location addresses the file's own level (`path` "" or "."), so its contents
    /// count as the file's settings too.
    let appliesToFileLevel: Bool
    private var location: IISLocation
    /// The sections configured, in the order met, each once (a location holds a few).
    private var sections: [String] = []

    /// The bytes `escaped` replaces, when they stand alone as `Character`s.
    private static let markup = Array(#"&<>""#.utf8)

    /// Starts a location from its start tag.
    init(_ node: borrowing XMLNode, values: inout AttributeParser) {
        let attributes = node.attributes.all
        var rawTag = "<location"
        rawTag.reserveCapacity(attributes.reduce(10) { $0 + $1.name.utf8.count + $1.value.utf8.count + 4 })
        for attribute in attributes {
            rawTag += " "
            rawTag += attribute.name
            rawTag += "=\""
            rawTag += Self.escaped(attribute.value)
            rawTag += "\""
        }
        rawTag += ">"
        location = IISLocation(
            path: node.attribute("path") ?? "", overrideMode: node.attribute("overrideMode"),
            inheritInChildApplications: values.bool("inheritInChildApplications", of: node), rawTag: rawTag,
            source: values.file.location(line: node.line))
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
    var built: IISLocation {
        var result = location
        result.sections = sections.sorted()
        return result
    }

    /// `value` escaped for a double-quoted XML attribute.
    private static func escaped(_ value: String) -> String {
        guard ASCIIText.containsAny(of: Self.markup, in: value) else { return value }
        var result = ""
        for character in value {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
