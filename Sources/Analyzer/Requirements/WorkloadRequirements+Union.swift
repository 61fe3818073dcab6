extension WorkloadRequirements {
    /// What a container holding all of `parts` needs: the runtime first in `RuntimeChoice`
    /// order, the .NET Framework version that serves them all (`FrameworkVersion.combined`),
    /// every flag any part sets, and every feature, module, port, identity, authentication
    /// method and path once. With no parts: a "native" workload that needs nothing.
    init(union parts: [WorkloadRequirements]) {
        func any(_ flag: (WorkloadRequirements) -> Bool) -> Bool { parts.contains(where: flag) }
        var features = FeatureList()
        for part in parts { features.add(part.features) }
        var modules: [RequiredModule] = []
        for module in parts.flatMap(\.modules)
        where !modules.contains(where: { $0.name.caseInsensitiveEquals(module.name) }) {
            modules.append(module)
        }
        let image = ImageNeeds(
            dotNetFramework: FrameworkVersion.combined(
                parts.compactMap { $0.image.dotNetFramework.flatMap(FrameworkVersion.init) })?.description,
            iis: any(\.image.iis), thirtyTwoBit: any(\.image.thirtyTwoBit), powerShell: any(\.image.powerShell),
            msi: any(\.image.msi), fullAPI: any(\.image.fullAPI), gpu: any(\.image.gpu),
            wcfNonHTTP: any(\.image.wcfNonHTTP))
        self.init(
            runtime: RuntimeChoice.pick(parts.map(\.runtime)) ?? "native", image: image,
            classicASP: any(\.classicASP), msmq: any(\.msmq), msdtc: any(\.msdtc), comPlus: any(\.comPlus),
            features: features.features, modules: modules, ports: Self.unique(parts.flatMap(\.ports)),
            identities: Self.unique(parts.flatMap(\.identities)),
            authentication: Self.unique(parts.flatMap(\.authentication)), paths: Self.unique(parts.flatMap(\.paths)))
    }

    private static func unique<Element: Hashable>(_ elements: [Element]) -> [Element] {
        var seen = Set<Element>()
        return elements.filter { seen.insert($0).inserted }
    }
}
