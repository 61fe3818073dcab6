import ManifestReaders

/// The inventory elements a workload is made of: its site (with pools, web.configs and locations)
/// or its service; for a `server` workload, every site and every service a per-site split would
/// make a workload of.
public struct WorkloadScope: Sendable {
    public var sites: [SiteScope]
    public var services: [WindowsService]

    /// The elements of `workload`, one of the workloads `WorkloadSplitter` made of `index.inventory`.
    init(workload: Workload, index: InventoryIndex) {
        switch workload.kind {
        case .iisSite:
            if let iis = index.inventory.iis, let site = index.site(named: workload.name, at: workload.source) {
                sites = [SiteScope(site: site, iis: iis, index: index)]
            } else {
                sites = []
            }
            services = []
        case .windowsService:
            sites = []
            services = index.services(named: workload.name, at: workload.source)
        case .server:
            let parts = WorkloadSplitter(mode: .perSiteAndService).workloads(of: index.inventory).map(index.scope(of:))
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
