/// The knowledge base in `rules/catalog/*.yaml`: Windows versions, host/image compatibility, base
/// images, Windows features and IIS modules. `CatalogLoader` reads and checks it.
public struct Catalog: Sendable, Hashable, Codable {
    /// Windows releases, in file order.
    public var versions: [WindowsVersion]
    /// Host/image compatibility rules and the documented matrix.
    public var compatibility: CompatibilityFacts
    /// Container base images.
    public var images: [BaseImage]
    /// How a Dockerfile adds a capability an image lacks.
    public var installableCapabilities: [CapabilityInstall]
    /// The .NET Framework versions containers support.
    public var dotNetFrameworkSupport: DotNetFrameworkSupport
    /// Windows features and where they install.
    public var features: [CatalogFeature]
    /// Native IIS modules.
    public var modules: [CatalogModule]

    /// The version whose id, name or alias is `name`, ignoring case.
    public func version(named name: String) -> WindowsVersion? {
        versions.first { $0.isNamed(name) }
    }

    /// The version with build number `build`: of `kind` when given, else a server version before a
    /// client one (build 26100 is Windows Server 2025 and Windows 11 24H2).
    public func version(build: Int, kind: WindowsVersion.Kind? = nil) -> WindowsVersion? {
        let matches = versions.filter { $0.build == build && (kind == nil || $0.kind == kind) }
        return matches.first { $0.kind == .server } ?? matches.first
    }

    /// The feature whose Server Manager or DISM name is `name`, ignoring case.
    public func feature(named name: String) -> CatalogFeature? {
        features.first { $0.name.caseInsensitiveEquals(name) || $0.dism?.caseInsensitiveEquals(name) == true }
    }

    /// The feature named `name` (Server Manager or DISM) preceded by its ancestors in the Server
    /// Manager tree, root first; empty when the catalog does not know it.
    public func featureWithParents(named name: String) -> [CatalogFeature] {
        var chain: [CatalogFeature] = []
        var next = feature(named: name)
        while let current = next, !chain.contains(current) {
            chain.insert(current, at: 0)
            next = current.parent.flatMap(feature(named:))
        }
        return chain
    }

    /// The IIS module whose `<globalModules>` name is `name`, ignoring case.
    public func module(named name: String) -> CatalogModule? {
        modules.first { $0.name.caseInsensitiveEquals(name) }
    }

    /// The features that add `capability` to an image of `family`, nil when it cannot be added there.
    public func installation(of capability: ImageCapability, in family: ImageFamily) -> CapabilityInstall? {
        guard let install = installableCapabilities.first(where: { $0.capability == capability }) else { return nil }
        let installable = install.features.allSatisfy { feature(named: $0)?.installableIn.contains(family) == true }
        return installable ? install : nil
    }
}
