/// Reads a configuration file (`applicationHost.config` or `web.config`) element by element and
/// keeps what both readers share: where each element sits below `<configuration>` and
/// `<location>`, the file-level authentication settings, the `<location>` elements, and the
/// section groups the file declares in `<configSections>`.
struct ConfigurationWalker {
    /// A start tag with its place in the configuration.
    struct Element {
        let node: XMLNode
        /// Element names below `<configuration>` (and below `<location>`) down to this element,
        /// e.g. ["system.webServer", "modules", "add"]. In a fragment the root's usual ancestors
        /// come first.
        let path: [String]
        /// True outside any `<location>`, or inside one whose path is "" or "." (the file's own
        /// level).
        let isFileLevel: Bool
    }

    /// Typed attribute values, with a warning for each one that does not parse.
    var values: AttributeParser
    /// The root element, once read.
    private(set) var root: XMLNode?
    /// Authentication set at the file's own level (see `Element.isFileLevel`).
    private(set) var authentication = IISAuthentication()
    /// The `<location>` elements read so far (an unclosed one is kept when the document ends).
    private(set) var locations: [IISLocation] = []

    private let xml: SafeXMLReader
    private let fragmentAncestors: [String: [String]]
    private var paths: [[String]] = []
    private var location: IISLocationBuilder?
    private var groups = ConfigurationSectionGroups()
    private var declaringGroups: [String] = []

    /// Opens `file`. `fragmentAncestors` gives, for a root element other than `<configuration>`,
    /// the names that would sit above it in a whole file (for an applicationHost fragment whose root
    /// is `<site>`: ["system.applicationHost", "sites"]).
    init(file: CaptureFile, limits: InputLimits, fragmentAncestors: [String: [String]] = [:]) {
        xml = SafeXMLReader(file: file, limits: limits)
        values = AttributeParser(file: file)
        self.fragmentAncestors = fragmentAncestors
    }

    /// Problems met: the XML reader's and the attribute values', in file order, each once.
    var diagnostics: [Diagnostic] { Set(xml.diagnostics + values.diagnostics).sorted() }

    /// The next start tag; nil at the end of the document (or after a fatal XML error).
    mutating func next() -> Element? {
        while let node = xml.next() {
            switch node.kind {
            case .element: return enter(node)
            case .endElement: leave(node)
            }
        }
        if let open = location {
            locations.append(open.built)
            location = nil
        }
        return nil
    }

    private mutating func enter(_ node: XMLNode) -> Element {
        let path: [String]
        var startsLocation = false
        if node.depth == 0 {
            root = node
            path = node.name == "configuration" ? [] : (fragmentAncestors[node.name] ?? []) + [node.name]
        } else if isLocation(node), location == nil {
            path = []
            location = IISLocationBuilder(node, values: &values)
            startsLocation = true
        } else {
            path = paths[paths.count - 1] + [node.name]
        }
        paths.append(path)
        if path.first == "configSections", node.name == "sectionGroup" {
            let enclosing = declaringGroups.last.map { "\($0)/" } ?? ""
            let declared = node.attribute("name").map { enclosing + $0 } ?? declaringGroups.last ?? ""
            declaringGroups.append(declared)
            groups.declare(declared)
        }
        let isFileLevel = location?.appliesToFileLevel ?? true
        if !startsLocation {
            location?.add(node, at: path, groups: groups, values: &values)
            if isFileLevel {
                authentication.apply(node, at: path, values: &values)
            }
        }
        return Element(node: node, path: path, isFileLevel: isFileLevel)
    }

    private mutating func leave(_ node: XMLNode) {
        let path = paths.removeLast()
        if path.first == "configSections", node.name == "sectionGroup" {
            declaringGroups.removeLast()
        }
        if isLocation(node), let open = location {
            locations.append(open.built)
            location = nil
        }
    }

    /// True for a `<location>` directly below the `<configuration>` root.
    private func isLocation(_ node: XMLNode) -> Bool {
        node.depth == 1 && node.name == "location" && root?.name == "configuration"
    }
}
