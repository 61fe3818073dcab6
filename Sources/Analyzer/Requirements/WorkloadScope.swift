import ManifestReaders

/// The inventory elements a workload is made of: its site (with pools, web.configs and locations)
/// or its service; for a `server` workload, every site and every service a per-site split would
/// make a workload of.
public struct WorkloadScope: Sendable {
    public var sites: [SiteScope]
    public var services: [WindowsService]

    public init(workload: Workload, inventory: Inventory) {
        switch workload.kind {
        case .iisSite:
            let iis = inventory.iis
            let site = iis?.sites.first { $0.name == workload.name && $0.source == workload.source }
            if let iis, let site {
                sites = [SiteScope(site: site, iis: iis, webConfigs: inventory.webConfigs)]
            } else {
                sites = []
            }
            services = []
        case .windowsService:
            sites = []
            services = inventory.services.filter { $0.name == workload.name && $0.source == workload.source }
        case .server:
            let parts = WorkloadSplitter(mode: .perSiteAndService).workloads(of: inventory)
                .map { WorkloadScope(workload: $0, inventory: inventory) }
            sites = parts.flatMap(\.sites)
            services = parts.flatMap(\.services)
        }
    }

    /// The pools of all its sites, each once.
    public var pools: [IISApplicationPool] {
        var result: [IISApplicationPool] = []
        for pool in sites.flatMap(\.pools) where !result.contains(pool) { result.append(pool) }
        return result
    }
}
