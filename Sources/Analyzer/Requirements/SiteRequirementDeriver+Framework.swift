import ManifestReaders

extension SiteRequirementDeriver {
    /// The .NET Framework version the site needs, and the ASP.NET features for it.
    ///
    /// - A `v2.0` pool needs "2.0" (the CLR of 2.0–3.5, served by the .NET 3.5 images).
    /// - A `v4.0` pool needs the highest `targetFramework` of the site's web.configs
    ///   (`compilation` or `httpRuntime`), else the highest 4.x installed on the server, else "4.8".
    /// - A *No Managed Code* pool needs nothing, unless a web.config names a 4.x target framework
    ///   and no pool of the site is managed.
    /// Several needs combine by `FrameworkVersion.combined`.
    func dotNetFramework(features: inout FeatureList) -> String? {
        let targets = scope.webConfigs.flatMap { config in
            [config.compilationTargetFramework, config.httpRuntimeTargetFramework]
                .compactMap { $0.flatMap(FrameworkVersion.init) }
                .filter { $0.runtime == .clr4 }
                .map { (version: $0, config: config) }
        }
        let target = targets.map(\.version).max()
        var versions: [FrameworkVersion] = []
        for pool in scope.pools {
            guard let runtime = FrameworkVersion(pool.managedRuntimeVersion) else { continue }
            let clr4 = runtime.runtime == .clr4
            if let need = clr4 ? target ?? installedFramework4 ?? FrameworkVersion("4.8") : runtime {
                versions.append(need)
            }
            if pool.managedPipelineMode.caseInsensitiveEquals("Classic") {
                for feature in IISFeatureTable.classicPipelineFeatures {
                    features.add(feature, reason: "pool \(pool.name) runs ASP.NET in the Classic pipeline",
                                 source: pool.source)
                }
            }
            for feature in clr4 ? IISFeatureTable.aspNet45Features : IISFeatureTable.aspNet35Features {
                features.add(feature, reason: "pool \(pool.name) runs ASP.NET on CLR \(pool.managedRuntimeVersion)",
                             source: pool.source)
            }
        }
        if versions.isEmpty, let target, let config = targets.first(where: { $0.version == target })?.config {
            versions.append(target)
            for feature in IISFeatureTable.aspNet45Features {
                features.add(feature, reason: "web.config targets .NET Framework \(target)", source: config.source)
            }
        }
        return FrameworkVersion.combined(versions)?.description
    }

    /// The highest .NET Framework 4.x the server has.
    private var installedFramework4: FrameworkVersion? {
        inventory.dotNetFrameworks.compactMap { FrameworkVersion($0.version) }.filter { $0.runtime == .clr4 }.max()
    }
}
