import ManifestReaders

/// An inventory with its elements looked up by name, built once per assessment so that finding the
/// elements of each of 10,000 workloads does not scan all the others: sites and services by name,
/// pools by name ignoring case, web.configs by site, `<location>`s by the first step of their path.
public struct InventoryIndex: Sendable {
    public let inventory: Inventory
    private let sites: [String: [IISSite]]
    private let services: [String: [WindowsService]]
    private let pools: [String: IISApplicationPool]
    private let webConfigs: [String: [WebConfig]]
    private let locations: [String: [IISLocation]]
    /// The request pipeline the server's configuration gives applications, per pool profile.
    let serverPipelines: ServerPipelines

    /// Indexes `inventory`; lists keep inventory order.
    public init(_ inventory: Inventory) {
        self.inventory = inventory
        let iis = inventory.iis
        sites = Dictionary(grouping: iis?.sites ?? [], by: \.name)
        services = Dictionary(grouping: inventory.services, by: \.name)
        pools = Dictionary((iis?.applicationPools ?? []).map { ($0.name.caseInsensitiveKey, $0) }) { first, _ in first }
        let placed = inventory.webConfigs.compactMap { config in config.site.map { ($0.caseInsensitiveKey, config) } }
        webConfigs = Dictionary(grouping: placed, by: \.0).mapValues { $0.map(\.1) }
        locations = Dictionary(grouping: iis?.locations ?? []) { Self.firstStep(of: $0.path) }
        serverPipelines = ServerPipelines(iis)
    }

    /// The elements `workload` is made of.
    public func scope(of workload: Workload) -> WorkloadScope {
        WorkloadScope(workload: workload, index: self)
    }

    /// The site named `name` defined at `source`.
    func site(named name: String, at source: SourceLocation) -> IISSite? {
        sites[name]?.first { $0.source == source }
    }

    /// The services named `name` defined at `source`.
    func services(named name: String, at source: SourceLocation) -> [WindowsService] {
        services[name]?.filter { $0.source == source } ?? []
    }

    /// The first pool named `name`, ignoring case.
    func pool(named name: String) -> IISApplicationPool? {
        pools[name.caseInsensitiveKey]
    }

    /// The web.configs placed in the site named `site`, ignoring case.
    func webConfigs(ofSite site: String) -> [WebConfig] {
        webConfigs[site.caseInsensitiveKey] ?? []
    }

    /// The `<location>`s whose path is `site` or starts with "`site`/", ignoring case.
    func locations(ofSite site: String) -> [IISLocation] {
        let prefix = site.caseInsensitiveKey + "/"
        return (locations[Self.firstStep(of: site)] ?? []).filter {
            $0.path.caseInsensitiveEquals(site) || $0.path.caseInsensitiveKey.hasPrefix(prefix)
        }
    }

    /// The lower-cased path up to its first "/": the key under which a site's locations are filed.
    private static func firstStep(of path: String) -> String {
        String(path.caseInsensitiveKey.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }
}
