/// The inventory facts found in registry exports (see `RegistryFactsCollector`).
public struct RegistryFacts: Sendable, Hashable {
    /// The operating system, from `Windows NT\CurrentVersion` (and the computer name and processor
    /// architecture keys); nil when none of those keys was exported.
    public var host: HostInfo?
    /// Programs from the `Uninstall` keys of both registry views, in file order.
    public var programs: [InstalledProgram]
    /// .NET Framework versions from the `NET Framework Setup\NDP` keys, in file order.
    public var dotNetFrameworks: [DotNetFramework]
    /// Services from the `Services` key of one control set, in file order.
    public var services: [WindowsService]

    public init(
        host: HostInfo? = nil, programs: [InstalledProgram] = [], dotNetFrameworks: [DotNetFramework] = [],
        services: [WindowsService] = []
    ) {
        self.host = host
        self.programs = programs
        self.dotNetFrameworks = dotNetFrameworks
        self.services = services
    }
}
