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
    /// The path of the element entered last (see `Element.path`), grown and shrunk as elements
    /// start and end, so an element's path costs no array of its own.
    private var path: [String] = []
    /// The elements started and not yet ended, innermost last.
    private var openElements: [OpenElement] = []
    private var location: IISLocationBuilder?
    /// False inside a `<location>` for another level than the file's (see `Element.isFileLevel`).
    private var isFileLevel = true
    private var groups = ConfigurationSectionGroups()
    private var declaringGroups: [String] = []

    /// What the walker keeps of an element until it ends.
    private struct OpenElement {
        /// The length of `path` before the element started.
        var pathCount: Int
        /// True for a `<sectionGroup>` in `<configSections>`, which opens a declared group.
        var declaresGroup: Bool
        /// Its place among section groups and sections, inside a `<location>` (nil outside).
        var place: ConfigurationSectionGroups.Place?
    }

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
        closeLocation()
        return nil
    }

    private mutating func enter(_ node: consuming XMLNode) -> Element {
        let pathCount = path.count
        var startsLocation = false
        if node.depth == 0 {
            root = node
            path = node.name == "configuration" ? [] : (fragmentAncestors[node.name] ?? []) + [node.name]
        } else if Self.isLocation(node, below: root), location == nil {
            path.removeAll(keepingCapacity: true)
            let builder = IISLocationBuilder(node, values: &values)
            isFileLevel = builder.appliesToFileLevel
            location = consume builder
            startsLocation = true
        } else {
            path.append(node.name)
        }
        let declaresGroup = node.name == "sectionGroup" && path.first == "configSections"
        if declaresGroup {
            let enclosing = declaringGroups.last.map { "\($0)/" } ?? ""
            let declared = node.attribute("name").map { enclosing + $0 } ?? declaringGroups.last ?? ""
            declaringGroups.append(declared)
            groups.declare(declared)
        }
        var place: ConfigurationSectionGroups.Place?
        if startsLocation {
            place = .location
        } else if let parent = openElements.last?.place {
            place = groups.place(of: path, below: parent)
        }
        openElements.append(OpenElement(pathCount: pathCount, declaresGroup: declaresGroup, place: place))
        if !startsLocation {
            location?.add(node, at: path, in: place?.section, values: &values)
            if isFileLevel {
                authentication.apply(node, at: path, values: &values)
            }
        }
        return Element(node: node, path: path, isFileLevel: isFileLevel)
    }

    private mutating func leave(_ node: XMLNode) {
        let open = openElements.removeLast()
        // Usually one name; `removeLast(_:)` would go through the general `replaceSubrange`.
        while path.count > open.pathCount { path.removeLast() }
        if open.declaresGroup {
            declaringGroups.removeLast()
        }
        if Self.isLocation(node, below: root) {
            closeLocation()
        }
    }

    /// Keeps the open `<location>`, if any, and leaves it.
    private mutating func closeLocation() {
        guard let open = location.take() else { return }
        locations.append(open.finished())
        isFileLevel = true
    }

    /// True for a `<location>` directly below the `<configuration>` root.
    // Static: a method would have its mutating caller copy the whole walker for every element.
    private static func isLocation(_ node: XMLNode, below root: XMLNode?) -> Bool {
        node.depth == 1 && node.name == "location" && root?.name == "configuration"
    }
}
