/// What an `applicationHost.config` holds, as read so far. Defaults (`applicationPoolDefaults`,
/// `siteDefaults`, `applicationDefaults`, `virtualDirectoryDefaults`) usually come after the
/// entries they apply to, so they are applied only when `configuration` is built.
struct ApplicationHostDraft {
    /// Environment variables only IIS Express defines (iisexpress.exe sets them for its worker
    /// process); a module image, physical path or log directory using one marks an IIS Express file.
    static let expressVariables = ["%iis_bin%", "%iis_user_home%", "%iis_sites_home%"]

    private let file: CaptureFile
    private var pools: [(name: String, settings: ApplicationPoolSettings, source: SourceLocation)] = []
    private var poolDefaults = ApplicationPoolSettings()
    private var sites: [SiteDraft] = []
    private var serverDefaults = SiteSettings()
    private var globalModules: [IISModule] = []
    private var modules: [IISModule] = []
    private var isapiFilters: [IISISAPIFilter] = []
    private var handlers: [IISHandler] = []
    private var listenerAdapters: [String] = []
    private var isExpress = false

    init(file: CaptureFile) {
        self.file = file
    }

    /// Takes one file-level element.
    mutating func take(_ element: ConfigurationWalker.Element, values: inout AttributeParser) {
        switch element.path.first {
        case "system.applicationHost": takeApplicationHost(element.node, Array(element.path.dropFirst()), &values)
        case "system.webServer": takeWebServer(element.node, Array(element.path.dropFirst()), &values)
        default: break
        }
    }

    /// The configuration, with all defaults applied.
    func configuration(
        root: XMLNode, authentication: IISAuthentication, locations: [IISLocation]
    ) -> IISConfiguration {
        IISConfiguration(
            source: file.location(line: root.line), isExpress: isExpress, isFragment: root.name != "configuration",
            sites: sites.map { $0.resolved(serverDefaults: serverDefaults) },
            applicationPools: pools.map {
                $0.settings.inheriting(poolDefaults).pool(named: $0.name, source: $0.source)
            },
            globalModules: globalModules, modules: modules, isapiFilters: isapiFilters, handlers: handlers,
            authentication: authentication, locations: locations, listenerAdapters: listenerAdapters)
    }

    private mutating func takeApplicationHost(_ node: XMLNode, _ path: [String], _ values: inout AttributeParser) {
        switch path {
        case ["applicationPools", "add"]:
            var settings = ApplicationPoolSettings()
            settings.read(pool: node, values: &values)
            pools.append((node.attribute("name") ?? "", settings, location(node)))
        case ["applicationPools", "add", "processModel"]:
            if !pools.isEmpty { pools[pools.count - 1].settings.read(processModel: node) }
        case ["applicationPools", "applicationPoolDefaults"]:
            poolDefaults.read(pool: node, values: &values)
        case ["applicationPools", "applicationPoolDefaults", "processModel"]:
            poolDefaults.read(processModel: node)
        case ["sites", "siteDefaults"]:
            serverDefaults.serverAutoStart = values.bool("serverAutoStart", of: node)
        case ["sites", "siteDefaults", "logFile"]:
            serverDefaults.logDirectory = logDirectory(node)
        case ["sites", "applicationDefaults"]:
            serverDefaults.applicationDefaults = ApplicationSettings(node, values: &values)
        case ["sites", "virtualDirectoryDefaults"]:
            serverDefaults.virtualDirectoryUserName = node.attribute("userName")
        case ["listenerAdapters", "add"]:
            if let name = node.attribute("name") { listenerAdapters.append(name) }
        default:
            if path.starts(with: ["sites", "site"]) {
                takeSite(node, Array(path.dropFirst(2)), &values)
            }
        }
    }

    /// Takes an element of a site: the site itself (`path` empty) or one inside it.
    private mutating func takeSite(_ node: XMLNode, _ path: [String], _ values: inout AttributeParser) {
        if path.isEmpty {
            var site = SiteDraft(
                id: values.int("id", of: node), name: node.attribute("name") ?? "", source: location(node))
            site.settings.serverAutoStart = values.bool("serverAutoStart", of: node)
            sites.append(site)
            return
        }
        guard !sites.isEmpty else { return }
        let index = sites.count - 1
        switch path {
        case ["application"]:
            sites[index].applications.append(
                SiteDraft.Application(
                    path: node.attribute("path") ?? "", settings: ApplicationSettings(node, values: &values),
                    source: location(node)))
        case ["application", "virtualDirectory"]:
            guard !sites[index].applications.isEmpty else { return }
            sites[index].applications[sites[index].applications.count - 1].virtualDirectories.append(
                virtualDirectory(node))
        case ["application", "virtualDirectoryDefaults"]:
            guard !sites[index].applications.isEmpty else { return }
            sites[index].applications[sites[index].applications.count - 1].virtualDirectoryUserName =
                node.attribute("userName")
        case ["bindings", "binding"]:
            sites[index].bindings.append(binding(node, &values))
        case ["logFile"]:
            sites[index].settings.logDirectory = logDirectory(node)
        case ["applicationDefaults"]:
            sites[index].settings.applicationDefaults = ApplicationSettings(node, values: &values)
        case ["virtualDirectoryDefaults"]:
            sites[index].settings.virtualDirectoryUserName = node.attribute("userName")
        default:
            break
        }
    }

    private mutating func takeWebServer(_ node: XMLNode, _ path: [String], _ values: inout AttributeParser) {
        switch path {
        case ["globalModules", node.name]:
            guard let module = IISModule(entry: node, file: file) else { return }
            noteExpressHint(module.image)
            globalModules.append(module)
        case ["modules", node.name]:
            if let module = IISModule(entry: node, file: file) { modules.append(module) }
        case ["handlers", node.name]:
            if let handler = IISHandler(entry: node, file: file) { handlers.append(handler) }
        case ["isapiFilters", "filter"]:
            isapiFilters.append(
                IISISAPIFilter(
                    name: node.attribute("name") ?? "", path: node.attribute("path") ?? "",
                    enabled: values.bool("enabled", of: node) ?? true,
                    enableCache: values.bool("enableCache", of: node), preCondition: node.attribute("preCondition"),
                    source: location(node)))
        default:
            break
        }
    }

    private mutating func virtualDirectory(_ node: XMLNode) -> IISVirtualDirectory {
        let physicalPath = node.attribute("physicalPath") ?? ""
        noteExpressHint(physicalPath)
        let expansion = PhysicalPathExpander.expand(physicalPath)
        return IISVirtualDirectory(
            path: node.attribute("path") ?? "", physicalPath: physicalPath, expandedPhysicalPath: expansion.path,
            pathKind: expansion.kind, drive: expansion.drive, userName: node.attribute("userName"),
            source: location(node))
    }

    private func binding(_ node: XMLNode, _ values: inout AttributeParser) -> IISBinding {
        let kind = node.attribute("protocol") ?? ""
        let information = node.attribute("bindingInformation") ?? ""
        let parts = BindingInformation(protocol: kind, information: information)
        if let problem = parts.problem {
            values.warn(node.line, "<binding> bindingInformation=\"\(information)\" \(problem)")
        }
        return IISBinding(
            protocol: kind, bindingInformation: information, ipAddress: parts.ipAddress, port: parts.port,
            hostHeader: parts.hostHeader, sslFlags: values.int("sslFlags", of: node) ?? 0,
            certificateHash: node.attribute("certificateHash"),
            certificateStoreName: node.attribute("certificateStoreName"), source: location(node))
    }

    private mutating func logDirectory(_ node: XMLNode) -> String? {
        let directory = node.attribute("directory")
        noteExpressHint(directory)
        return directory
    }

    private mutating func noteExpressHint(_ value: String?) {
        guard !isExpress, let value = value?.lowercased() else { return }
        isExpress = Self.expressVariables.contains { value.contains($0) }
    }

    private func location(_ node: XMLNode) -> SourceLocation {
        file.location(line: node.line)
    }
}
