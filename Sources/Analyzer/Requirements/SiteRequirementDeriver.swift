import ManifestReaders

/// Derives what one IIS site needs in a container from its applications, pools, bindings,
/// web.configs and `<location>`s, and from the server-level IIS configuration they inherit.
struct SiteRequirementDeriver {
    let scope: SiteScope
    let inventory: Inventory

    /// Words in an installed program's name that show a Java runtime (for `httpPlatformHandler`).
    private static let javaProgramWords = ["java", "jre", "jdk"]

    func requirements() -> WorkloadRequirements {
        let site = scope.site
        var features = FeatureList()
        for feature in IISFeatureTable.webServerFeatures {
            features.add(feature, reason: "IIS serves the site", source: site.source)
        }
        addSectionFeatures(to: &features)
        let dotNetFramework = dotNetFramework(features: &features)
        let pipeline = self.pipeline
        features.add(pipeline.features)
        let authentication = authentication(features: &features)
        let protocols = protocolUsage(features: &features)
        for application in site.applications where application.preloadEnabled == true {
            features.add(IISFeatureTable.preloadFeature,
                         reason: "application \(application.path) is preloaded (preloadEnabled)",
                         source: application.source)
        }
        let modules = installedModules(used: pipeline.nativeModules)
        let classicASP = features.contains(IISFeatureTable.classicASPFeature)
        var runtimes = pipeline.runtimes
        if dotNetFramework != nil { runtimes.insert("netfx") }
        if classicASP { runtimes.insert("native") }
        if pipeline.nativeModules.contains("httpplatformhandler"), javaInstalled { runtimes.insert("java") }
        let image = ImageNeeds(
            dotNetFramework: dotNetFramework, iis: true,
            thirtyTwoBit: scope.pools.contains(where: \.enable32BitAppOnWin64), powerShell: true,
            msi: !modules.isEmpty, wcfNonHTTP: protocols.wcfNonHTTP)
        return WorkloadRequirements(
            runtime: RuntimeChoice.pick(runtimes) ?? "static", image: image, classicASP: classicASP,
            msmq: protocols.msmq, features: features.features, modules: modules, ports: ports,
            identities: identities, authentication: authentication, paths: paths)
    }

    /// One port per binding.
    private var ports: [RequiredPort] {
        scope.site.bindings.map {
            RequiredPort(protocol: $0.protocol, port: $0.port, ipAddress: $0.ipAddress, hostHeader: $0.hostHeader,
                         source: $0.source)
        }
    }

    /// The identity of each pool the site uses.
    private var identities: [RequiredIdentity] {
        scope.pools.map { pool in
            let specific = pool.identityType.caseInsensitiveEquals("SpecificUser")
            let account = specific ? pool.userName : nil
            let domain = account.map { AccountName($0, computerName: inventory.computerName).isDomain } ?? false
            return RequiredIdentity(kind: "appPool", name: pool.name, type: pool.identityType, account: account,
                                    domain: domain, source: pool.source)
        }
    }

    /// Virtual directories whose content is not on the image's C: drive: other drives, shares,
    /// and paths with an unknown variable.
    private var paths: [RequiredPath] {
        scope.site.applications.flatMap { application in
            application.virtualDirectories.compactMap { directory -> RequiredPath? in
                switch directory.pathKind {
                case .unc, .unresolved: break
                case .drive where directory.drive?.uppercased() != "C": break
                case .drive, .other: return nil
                }
                return RequiredPath(kind: directory.pathKind.rawValue, path: directory.expandedPhysicalPath,
                                    drive: directory.drive, application: application.path,
                                    virtualPath: directory.path, source: directory.source)
            }
        }
    }

    /// Features that configuration sections set in the site's `<location>`s (in applicationHost.config
    /// and in its web.configs) show in use.
    private func addSectionFeatures(to features: inout FeatureList) {
        let locations = scope.locations + scope.webConfigs.flatMap(\.locations)
        for location in locations {
            for section in location.sections {
                guard let feature = IISFeatureTable.sections[section.lowercased()] else { continue }
                features.add(feature, reason: "<location path=\"\(location.path)\"> configures \(section)",
                             source: location.source)
            }
        }
    }

    /// Native modules the site uses that Windows does not ship, in `globalModules` order.
    private func installedModules(used: Set<String>) -> [RequiredModule] {
        scope.iis.globalModules.filter {
            !$0.removed && used.contains($0.name.lowercased()) && IISFeatureTable.module($0.name) == nil
        }.map {
            RequiredModule(name: $0.name, image: $0.image, installer: IISFeatureTable.installer($0.name) ?? "",
                           source: $0.source)
        }
    }

    private var javaInstalled: Bool {
        inventory.programs.contains { program in
            let name = program.displayName.lowercased()
            return Self.javaProgramWords.contains { name.contains($0) }
        }
    }
}
