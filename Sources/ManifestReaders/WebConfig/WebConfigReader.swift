/// Reads an application's `web.config` into a `WebConfig`: target framework, ASP.NET
/// authentication, impersonation and session state, connection string names and providers (never
/// the strings, which may hold passwords), modules and handlers of both pipelines, IIS
/// authentication, `<location>` elements and whether WCF is configured.
///
/// Settings are read at the top level and inside `<location path=".">` (or `path=""`); other
/// locations are reported as `IISLocation`s. `site` and `applicationPath` stay nil: the capture
/// loader knows them from the file's place.
public struct WebConfigReader: Sendable {
    /// Size bounds for the input.
    public let limits: InputLimits

    /// Elements that make a `<configuration>` file a web.config whatever its name.
    static let webSections = ["system.web", "system.webServer"]
    /// Elements that make a `<configuration>` file named `web.config` one (an application's
    /// `App.config` has them too).
    static let configurationSections = ["appSettings", "connectionStrings", "system.serviceModel", "location"]

    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    /// Reads `file`. The value is nil only when nothing could be read (the file is unreadable, too
    /// large, not XML, or its root is not `<configuration>`); otherwise it holds everything read
    /// before any error, which the diagnostics then report.
    public func read(_ file: CaptureFile) -> ReadResult<WebConfig?> {
        var walker = ConfigurationWalker(file: file, limits: limits)
        var config = WebConfig(source: file.location(line: 0))
        var notes: [Diagnostic] = []
        while let element = walker.next() {
            let node = element.node
            if node.depth == 0 {
                guard node.name == "configuration" else { break }
                config.source = file.location(line: node.line)
            }
            if element.path.first == "system.serviceModel" { config.usesWCF = true }
            guard element.isFileLevel else { continue }
            if element.path == ["connectionStrings"], let source = node.attribute("configSource") {
                notes.append(
                    Diagnostic(
                        .info, file.location(line: node.line),
                        "<connectionStrings> is kept in configSource \"\(source)\", which was not read; its connection string names are missing"
                    ))
            }
            Self.take(node, at: element.path, into: &config, values: &walker.values)
        }
        guard let root = walker.root else { return ReadResult(value: nil, diagnostics: walker.diagnostics) }
        guard root.name == "configuration" else {
            let message = "the root element is <\(root.name)>, not <configuration>; the file was not read as a web.config"
            let problem = Diagnostic(.error, file.location(line: root.line), message)
            return ReadResult(value: nil, diagnostics: (walker.diagnostics + [problem]).sorted())
        }
        config.authentication = walker.authentication
        config.locations = walker.locations
        return ReadResult(value: config, diagnostics: (walker.diagnostics + notes).sorted())
    }

    /// True when `sample` is a web.config: a `<configuration>` root without
    /// `<system.applicationHost>`, holding `<system.web>` or `<system.webServer>`, or, in a file
    /// named web.config, `<appSettings>`, `<connectionStrings>`, `<system.serviceModel>` or
    /// `<location>`.
    public static func recognizes(_ sample: InputSample) -> Bool {
        let content = ConfigurationSample(sample)
        guard content.rootName == "configuration", !content.hasApplicationHostSection else { return false }
        return webSections.contains(where: content.contains)
            || (sample.fileName == "web.config" && configurationSections.contains(where: content.contains))
    }

    /// Takes one file-level element, given its path below `<configuration>`.
    private static func take(
        _ node: XMLNode, at path: [String], into config: inout WebConfig, values: inout AttributeParser
    ) {
        let file = values.file
        switch path {
        case ["system.web", "compilation"]:
            config.compilationTargetFramework = node.attribute("targetFramework") ?? config.compilationTargetFramework
        case ["system.web", "httpRuntime"]:
            config.httpRuntimeTargetFramework = node.attribute("targetFramework") ?? config.httpRuntimeTargetFramework
        case ["system.web", "authentication"]:
            config.authenticationMode = node.attribute("mode") ?? config.authenticationMode
        case ["system.web", "identity"]:
            config.impersonate = values.bool("impersonate", of: node) ?? config.impersonate
        case ["system.web", "sessionState"]:
            config.sessionStateMode = node.attribute("mode") ?? config.sessionStateMode
        case ["connectionStrings", "add"]:
            guard let name = node.attribute("name") else { return }
            config.connectionStrings.append(
                ConnectionStringReference(
                    name: name, providerName: node.attribute("providerName"), source: file.location(line: node.line)))
        case ["system.webServer", "modules", node.name]:
            if let module = IISModule(entry: node, file: file) { config.modules.append(module) }
        case ["system.webServer", "handlers", node.name]:
            if let handler = IISHandler(entry: node, file: file) { config.handlers.append(handler) }
        case ["system.web", "httpModules", node.name]:
            if let module = IISModule(entry: node, file: file) { config.httpModules.append(module) }
        case ["system.web", "httpHandlers", node.name]:
            if let handler = IISHandler(entry: node, file: file) { config.httpHandlers.append(handler) }
        default:
            break
        }
    }
}
