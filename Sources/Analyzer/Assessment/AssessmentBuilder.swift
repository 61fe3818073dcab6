import ManifestReaders

/// Turns an inventory into an assessment: splits the server into workloads, derives each one's
/// requirements and plans its image, tag and isolation for the target host.
public enum AssessmentBuilder {
    /// The assessment of `inventory` for `options`.
    ///
    /// Its cost grows with the number of workloads and nothing faster: the inventory is indexed
    /// once, workloads with the same image needs share one plan, and ports shared between
    /// workloads are counted with one table.
    ///
    /// - Throws: `CatalogError` when `options.host` names no container host the catalog knows.
    public static func build(inventory: Inventory, options: AnalysisOptions, catalog: Catalog) throws -> Assessment {
        let host = try catalog.resolveHost(options.host)
        let index = InventoryIndex(inventory)
        var plans: [ImageNeeds: WorkloadPlan] = [:]
        let workloads = WorkloadSplitter(mode: options.split).workloads(of: inventory).map { workload in
            let requirements = RequirementDeriver.requirements(for: workload, in: index)
            let needs = requirements.image
            let plan = plans[needs] ?? Planner.plan(needs: needs, host: host, isolation: options.isolation,
                                                    asOf: options.asOf, catalog: catalog)
            plans[needs] = plan
            return AssessedWorkload(workload: workload, requirements: requirements, plan: plan)
        }
        let sourceOS = catalog.sourceStatus(
            build: inventory.host?.build, productName: inventory.host?.productName, asOf: options.asOf)
        return Assessment(options: options, hostVersion: host.id, hostBuild: host.build, sourceOS: sourceOS,
                          inventory: inventory, workloads: PortSharing.counted(workloads))
    }
}
