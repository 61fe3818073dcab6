import ManifestReaders

/// Derives each workload's requirements from the inventory: what its code runs on, the Windows
/// features and IIS modules it needs, the ports, identities, authentication methods and paths it
/// uses, and what its base image must provide.
///
/// The IIS knowledge it uses (module → feature, modules needing installers) is in
/// `IISFeatureTable`, after `windows-container-facts.md` §5.2.
public enum RequirementDeriver {
    /// The requirements of `workload`, one of the workloads `WorkloadSplitter` made of `inventory`.
    /// An IIS site's come from its applications, pools, bindings, web.configs and locations; a
    /// service's from its entry and the server; a `server` workload's are the union of those of
    /// every site and added service.
    ///
    /// For one workload; for all of an inventory's, index it once and use `requirements(for:in:)`
    /// with the `InventoryIndex`.
    public static func requirements(for workload: Workload, in inventory: Inventory) -> WorkloadRequirements {
        requirements(for: workload, in: InventoryIndex(inventory))
    }

    /// The requirements of `workload`, one of the workloads `WorkloadSplitter` made of `index.inventory`.
    public static func requirements(for workload: Workload, in index: InventoryIndex) -> WorkloadRequirements {
        let inventory = index.inventory
        let scope = index.scope(of: workload)
        let sites = scope.sites.map { SiteRequirementDeriver(scope: $0, inventory: inventory).requirements() }
        let services = scope.services.map {
            ServiceRequirementDeriver(service: $0, inventory: inventory).requirements()
        }
        return WorkloadRequirements(union: sites + services)
    }
}
