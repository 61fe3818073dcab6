import Analyzer

/// A site of the workload as the build context recreates it: its inventory scope, the IIS site id
/// it gets and its bindings.
struct PlannedSite {
    var scope: SiteScope
    /// The captured id when it has one that no earlier site took, else the next free one.
    var id: Int
    var bindings: [ContainerBinding]

    /// The sites of `scope` with ids and bindings; certificate secrets are named uniquely across them.
    static func plan(_ scope: WorkloadScope) -> [PlannedSite] {
        var secrets: Set<String> = []
        var ids: Set<Int> = []
        var next = (scope.sites.compactMap(\.site.id).max() ?? 0) + 1
        return scope.sites.map { site in
            let id: Int
            if let captured = site.site.id, captured > 0, !ids.contains(captured) {
                id = captured
            } else {
                id = next
                next += 1
            }
            ids.insert(id)
            return PlannedSite(scope: site, id: id, bindings: ContainerBinding.bindings(of: site.site, secrets: &secrets))
        }
    }

    /// The https bindings, which need a certificate at start.
    var secureBindings: [ContainerBinding] { bindings.filter { $0.secret != nil } }
}
