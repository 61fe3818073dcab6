/// Collects one `<location>` element while its contents are read.
struct IISLocationBuilder {
    private var location: IISLocation
    private var sections: Set<String> = []

    /// Starts a location from its start tag.
    init(_ node: XMLNode, values: inout AttributeParser) {
        let attributes = node.attributes.map { " \($0.name)=\"\(Self.escaped($0.value))\"" }.joined()
        location = IISLocation(
            path: node.attribute("path") ?? "", overrideMode: node.attribute("overrideMode"),
            inheritInChildApplications: values.bool("inheritInChildApplications", of: node),
            rawTag: "<location\(attributes)>", source: values.file.location(line: node.line))
    }

    /// True when the location addresses the file's own level (`path` "" or "."), so its contents
    /// count as the file's settings too.
    var appliesToFileLevel: Bool { location.path.isEmpty || location.path == "." }

    /// Adds an element inside the location, given its path below the `<location>`.
    mutating func add(
        _ node: XMLNode, at path: [String], groups: ConfigurationSectionGroups, values: inout AttributeParser
    ) {
        if let section = groups.section(containing: path) {
            sections.insert(section)
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
