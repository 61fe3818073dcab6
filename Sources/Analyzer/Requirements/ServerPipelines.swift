import ManifestReaders

/// The request pipeline the server's own `<modules>`, `<handlers>` and ISAPI filters give an
/// application without a web.config that changes them, worked out once per pool profile: on a
/// hosting server thousands of applications share a handful of profiles.
struct ServerPipelines: Sendable {
    private let byProfile: [PoolProfile?: PipelineContribution]

    /// The contributions for every pool profile of `iis` and for an unknown pool.
    init(_ iis: IISConfiguration?) {
        guard let iis else {
            byProfile = [:]
            return
        }
        let modules = iis.modules.filter { !$0.removed }
        let handlers = iis.handlers.filter { !$0.removed }
        let profiles = Set(iis.applicationPools.map { Optional(PoolProfile($0)) }).union([nil])
        byProfile = Dictionary(uniqueKeysWithValues: profiles.map { profile in
            (profile, PipelineContribution(modules: modules, handlers: handlers, iis: iis, pool: profile))
        })
    }

    /// The contribution for an application whose pool has `profile`, nil for a profile no pool of
    /// the configuration has.
    func contribution(for profile: PoolProfile?) -> PipelineContribution? {
        byProfile[profile]
    }
}
