import ManifestReaders

/// One IIS site with the inventory elements that belong to it: the pools its applications run
/// in, its web.configs and the `<location>`s at or below it. Names match case-insensitively,
/// as in IIS.
public struct SiteScope: Sendable {
    public var site: IISSite
    /// The server configuration the site comes from.
    public let iis: IISConfiguration
    /// The pools its applications use, each once, in application order.
    public var pools: [IISApplicationPool]
    public var webConfigs: [WebConfig]
    /// `<location>`s whose path is the site name or starts with "<site>/".
    public var locations: [IISLocation]
    /// The server-level pipelines of `iis`, per pool profile.
    let serverPipelines: ServerPipelines

    /// The scope of `site` of `iis`, its pools, web.configs and locations looked up in `index`.
    init(site: IISSite, iis: IISConfiguration, index: InventoryIndex) {
        self.site = site
        self.iis = iis
        var pools: [IISApplicationPool] = []
        for name in site.applications.compactMap(\.applicationPool) {
            guard !pools.contains(where: { $0.name.caseInsensitiveEquals(name) }), let pool = index.pool(named: name)
            else { continue }
            pools.append(pool)
        }
        self.pools = pools
        webConfigs = index.webConfigs(ofSite: site.name)
        locations = index.locations(ofSite: site.name)
        serverPipelines = index.serverPipelines
    }

    /// The pool `application` runs in, when the configuration defines it.
    func pool(of application: IISApplication) -> IISApplicationPool? {
        guard let name = application.applicationPool else { return nil }
        return pools.first { $0.name.caseInsensitiveEquals(name) }
    }

    /// The web.config of `application`, when the capture has it.
    func webConfig(of application: IISApplication) -> WebConfig? {
        webConfigs.first { $0.applicationPath.map { $0.caseInsensitiveEquals(application.path) } ?? false }
    }

    /// The modules enabled for `application`: the server's `<modules>` with its web.config's
    /// removes and adds applied in order.
    func modules(of application: IISApplication) -> [ManifestReaders.IISModule] {
        Self.applying(webConfig(of: application)?.modules ?? [], to: iis.modules, name: \.name, removed: \.removed)
    }

    /// The handlers mapped for `application`: the server's `<handlers>` with its web.config's
    /// removes and adds applied in order.
    func handlers(of application: IISApplication) -> [IISHandler] {
        Self.applying(webConfig(of: application)?.handlers ?? [], to: iis.handlers, name: \.name, removed: \.removed)
    }

    /// What `application`'s request pipeline requires: the server's, worked out once per pool
    /// profile, unless its web.config adds or removes modules or handlers.
    func pipeline(of application: IISApplication) -> PipelineContribution {
        let profile = pool(of: application).map(PoolProfile.init)
        let config = webConfig(of: application)
        if config?.modules.isEmpty ?? true, config?.handlers.isEmpty ?? true,
            let shared = serverPipelines.contribution(for: profile) {
            return shared
        }
        return PipelineContribution(modules: modules(of: application), handlers: handlers(of: application), iis: iis,
                                    pool: profile)
    }

    /// The site's configuration path for a web.config location: "Site", "Site/app", "Site/app/folder".
    func scope(of config: WebConfig, location: String? = nil) -> String {
        let application = config.applicationPath.map { $0 == "/" ? "" : $0 } ?? ""
        return site.name + application + (location.map { "/" + $0 } ?? "")
    }

    private static func applying<Entry>(_ changes: [Entry], to base: [Entry], name: KeyPath<Entry, String>,
                                        removed: KeyPath<Entry, Bool>) -> [Entry] {
        var result = base.filter { !$0[keyPath: removed] }
        for change in changes {
            result.removeAll { $0[keyPath: name].caseInsensitiveEquals(change[keyPath: name]) }
            if !change[keyPath: removed] { result.append(change) }
        }
        return result
    }
}
