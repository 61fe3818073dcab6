/// Reads an IIS `applicationHost.config` (full IIS or IIS Express), or a fragment of one whose root
/// is `<system.applicationHost>`, `<sites>` or `<site>`, into an `IISConfiguration`.
///
/// The file is streamed through `SafeXMLReader` (no DTDs, no entities, no network). Defaults are
/// applied as IIS applies them: `applicationPoolDefaults` to pools, `siteDefaults`,
/// `applicationDefaults` and `virtualDirectoryDefaults` (server level, then site level) to sites,
/// applications and virtual directories, then the IIS schema defaults. Server-level modules,
/// handlers, ISAPI filters and authentication are read at the top level and inside
/// `<location path="">`. Passwords (and their encrypted values) are never read.
///
/// `isExpress` is set when a module image, physical path or log directory uses a variable only
/// IIS Express defines (`%IIS_BIN%`, `%IIS_USER_HOME%`, `%IIS_SITES_HOME%`); every IIS Express
/// `applicationhost.config` loads its modules from `%IIS_BIN%`.
public struct ApplicationHostConfigReader: Sendable {
    /// Size bounds for the input.
    public let limits: InputLimits

    /// Root elements accepted, with the ancestors they would have in a whole file.
    static let roots: [String: [String]] = [
        "configuration": [],
        "system.applicationHost": [],
        "sites": ["system.applicationHost"],
        "site": ["system.applicationHost", "sites"],
    ]

    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    /// Reads `file`. The value is nil only when no IIS configuration could be read at all (the file
    /// is unreadable, too large, not XML, or its root element is not one of IIS's); otherwise it
    /// holds everything read before any error, which the diagnostics then report.
    public func read(_ file: CaptureFile) -> ReadResult<IISConfiguration?> {
        var walker = ConfigurationWalker(file: file, limits: limits, fragmentAncestors: Self.roots)
        var draft = ApplicationHostDraft(file: file)
        while let element = walker.next() {
            if element.node.depth == 0, Self.roots[element.node.name] == nil { break }
            if element.isFileLevel { draft.take(element, values: &walker.values) }
        }
        guard let root = walker.root else { return ReadResult(value: nil, diagnostics: walker.diagnostics) }
        guard Self.roots[root.name] != nil else {
            let message =
                "the root element is <\(root.name)>, not <configuration>, <system.applicationHost>, <sites> or <site>; the file was not read as an IIS configuration"
            let problem = Diagnostic(.error, file.location(line: root.line), message)
            return ReadResult(value: nil, diagnostics: (walker.diagnostics + [problem]).sorted())
        }
        let configuration = draft.configuration(
            root: root, authentication: walker.authentication, locations: walker.locations)
        return ReadResult(value: configuration, diagnostics: walker.diagnostics)
    }

    /// True when `sample` is an IIS configuration: a `<configuration>` root with a
    /// `<system.applicationHost>` section (or its section group declared), or a fragment whose root
    /// is `<system.applicationHost>`, `<sites>` or `<site>`. Decided by content, not by file name.
    public static func recognizes(_ sample: InputSample) -> Bool {
        let content = ConfigurationSample(sample)
        guard let root = content.rootName else { return false }
        return root == "configuration" ? content.hasApplicationHostSection : roots[root] != nil
    }
}
