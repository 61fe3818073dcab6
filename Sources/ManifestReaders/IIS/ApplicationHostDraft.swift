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
    /// The kinds of the elements on the path of the element taken last (see `kind(of:)`).
    private var kinds: [ApplicationHostElement] = []

    init(file: CaptureFile) {
        self.file = file
    }

    /// Takes one file-level element.
    mutating func take(_ element: ConfigurationWalker.Element, values: inout AttributeParser) {
        guard let kind = kind(of: element.path) else { return }
        let node = element.node
        switch kind {
        case .pool:
            var settings = ApplicationPoolSettings()
            settings.read(pool: node, values: &values)
            pools.append((node.attribute("name") ?? "", settings, location(node)))
        case .poolProcessModel:
            if !pools.isEmpty { pools[pools.count - 1].settings.read(processModel: node) }
        case .poolDefaults:
            poolDefaults.read(pool: node, values: &values)
        case .poolDefaultsProcessModel:
            poolDefaults.read(processModel: node)
        case .siteDefaults:
            serverDefaults.serverAutoStart = values.bool("serverAutoStart", of: node)
        case .siteDefaultsLogFile:
            serverDefaults.logDirectory = logDirectory(node)
        case .serverApplicationDefaults:
            serverDefaults.applicationDefaults = ApplicationSettings(node, values: &values)
        case .serverVirtualDirectoryDefaults:
            serverDefaults.virtualDirectoryUserName = node.attribute("userName")
        case .listenerAdapter:
            if let name = node.attribute("name") { listenerAdapters.append(name) }
        case .site, .application, .virtualDirectory, .applicationVirtualDirectoryDefaults, .binding, .siteLogFile,
            .siteApplicationDefaults, .siteVirtualDirectoryDefaults:
            takeSite(node, kind, &values)
        case .globalModule, .module, .handler, .isapiFilter:
            takeWebServer(node, kind, &values)
        default:
            break
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

    /// The kind of the element at `path`, nil for an element with no path (the root or a
    /// `<location>`). File-level elements come in document order, so the last one taken at each
    /// level above the element's is its ancestor (the elements taken in between are that
    /// ancestor's descendants); the kinds of ancestors never taken, above a fragment's root, are
    /// decided from their names in `path`.
    private mutating func kind(of path: [String]) -> ApplicationHostElement? {
        guard !path.isEmpty else { return nil }
        while kinds.count >= path.count { kinds.removeLast() }
        while kinds.count < path.count {
            kinds.append(ApplicationHostElement(name: path[kinds.count], parent: kinds.last))
        }
        return kinds[kinds.count - 1]
    }

    /// Takes a site (`kind` `.site`) or an element inside the last one.
    private mutating func takeSite(_ node: XMLNode, _ kind: ApplicationHostElement, _ values: inout AttributeParser) {
        if kind == .site {
            sites.append(Self.site(node, &values))
            return
        }
        guard !sites.isEmpty else { return }
        let index = sites.count - 1
        switch kind {
        case .application:
            sites[index].applications.append(Self.application(node, &values))
        case .virtualDirectory:
            guard !sites[index].applications.isEmpty else { return }
            sites[index].applications[sites[index].applications.count - 1].virtualDirectories.append(
                virtualDirectory(node))
        case .applicationVirtualDirectoryDefaults:
            guard !sites[index].applications.isEmpty else { return }
            sites[index].applications[sites[index].applications.count - 1].virtualDirectoryUserName =
                node.attribute("userName")
        case .binding:
            sites[index].bindings.append(Self.binding(node, &values))
        case .siteLogFile:
            sites[index].settings.logDirectory = logDirectory(node)
        case .siteApplicationDefaults:
            sites[index].settings.applicationDefaults = ApplicationSettings(node, values: &values)
        case .siteVirtualDirectoryDefaults:
            sites[index].settings.virtualDirectoryUserName = node.attribute("userName")
        default:
            break
        }
    }

    /// Takes an entry of a `system.webServer` list.
    private mutating func takeWebServer(
        _ node: XMLNode, _ kind: ApplicationHostElement, _ values: inout AttributeParser
    ) {
        switch kind {
        case .globalModule:
            guard let module = IISModule(entry: node, file: file) else { return }
            noteExpressHint(module.image)
            globalModules.append(module)
        case .module:
            if let module = IISModule(entry: node, file: file) { modules.append(module) }
        case .handler:
            if let handler = IISHandler(entry: node, file: file) { handlers.append(handler) }
        case .isapiFilter:
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

    // The elements met most (site, application, virtual directory, binding) are read in one pass
    // over their attributes rather than one lookup per attribute. The values the passes fill are
    // captured by their closures; `consume` moves them out afterwards instead of copying them
    // (and releasing the originals). Static where possible: a method would have its mutating
    // caller copy the whole draft for every element.

    private static func site(_ node: XMLNode, _ values: inout AttributeParser) -> SiteDraft {
        var site = SiteDraft(id: nil, name: "", source: values.file.location(line: node.line))
        node.attributes.forEachUnprefixed { name, value in
            if ASCIIText.equals(name, "id") {
                site.id = values.int("id", value, of: node)
            } else if ASCIIText.equals(name, "name") {
                site.name = String(decoding: value, as: UTF8.self)
            } else if ASCIIText.equals(name, "serverAutoStart") {
                site.settings.serverAutoStart = values.bool("serverAutoStart", value, of: node)
            }
        }
        return consume site
    }

    private static func application(_ node: XMLNode, _ values: inout AttributeParser) -> SiteDraft.Application {
        var application = SiteDraft.Application(
            path: "", settings: ApplicationSettings(), source: values.file.location(line: node.line))
        node.attributes.forEachUnprefixed { name, value in
            if ASCIIText.equals(name, "path") {
                application.path = String(decoding: value, as: UTF8.self)
            } else {
                application.settings.read(name, value, of: node, values: &values)
            }
        }
        return consume application
    }

    private mutating func virtualDirectory(_ node: XMLNode) -> IISVirtualDirectory {
        var path = "", physicalPath = "", userName: String?
        node.attributes.forEachUnprefixed { name, value in
            if ASCIIText.equals(name, "path") {
                path = String(decoding: value, as: UTF8.self)
            } else if ASCIIText.equals(name, "physicalPath") {
                physicalPath = String(decoding: value, as: UTF8.self)
            } else if ASCIIText.equals(name, "userName") {
                userName = String(decoding: value, as: UTF8.self)
            }
        }
        noteExpressHint(physicalPath)
        let expansion = PhysicalPathExpander.expand(physicalPath)
        return IISVirtualDirectory(
            path: consume path, physicalPath: consume physicalPath, expandedPhysicalPath: expansion.path,
            pathKind: expansion.kind, drive: expansion.drive, userName: consume userName, source: location(node))
    }

    private static func binding(_ node: XMLNode, _ values: inout AttributeParser) -> IISBinding {
        var kind = "", information = "", sslFlags: Int?, certificateHash: String?, certificateStoreName: String?
        node.attributes.forEachUnprefixed { name, value in
            if ASCIIText.equals(name, "protocol") {
                kind = String(decoding: value, as: UTF8.self)
            } else if ASCIIText.equals(name, "bindingInformation") {
                information = String(decoding: value, as: UTF8.self)
            } else if ASCIIText.equals(name, "sslFlags") {
                sslFlags = values.int("sslFlags", value, of: node)
            } else if ASCIIText.equals(name, "certificateHash") {
                certificateHash = String(decoding: value, as: UTF8.self)
            } else if ASCIIText.equals(name, "certificateStoreName") {
                certificateStoreName = String(decoding: value, as: UTF8.self)
            }
        }
        var parts = BindingInformation(protocol: kind, information: information)
        if let problem = parts.problem {
            values.warn(node.line, "<binding> bindingInformation=\"\(information)\" \(problem)")
        }
        // `take()` moves the parts' strings into the binding instead of copying them.
        return IISBinding(
            protocol: consume kind, bindingInformation: consume information, ipAddress: parts.ipAddress.take(),
            port: parts.port, hostHeader: parts.hostHeader.take(), sslFlags: sslFlags ?? 0,
            certificateHash: consume certificateHash, certificateStoreName: consume certificateStoreName,
            source: values.file.location(line: node.line))
    }

    private mutating func logDirectory(_ node: XMLNode) -> String? {
        let directory = node.attribute("directory")
        noteExpressHint(directory)
        return directory
    }

    /// Sets `isExpress` when `value` uses one of `expressVariables`. The exact test (Foundation's
    /// `contains`) is costly, so it runs only on the rare values with "%iis_" in their bytes, in any
    /// case: lower-casing cannot make those ASCII letters out of other characters, so a value
    /// without them cannot match.
    private mutating func noteExpressHint(_ value: String?) {
        guard !isExpress, let value, ASCIIText.contains(value, caseInsensitive: "%iis_") else { return }
        let lowercased = value.lowercased()
        isExpress = Self.expressVariables.contains { lowercased.contains($0) }
    }

    private func location(_ node: XMLNode) -> SourceLocation {
        file.location(line: node.line)
    }
}
