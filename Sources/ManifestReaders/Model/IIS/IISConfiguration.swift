/// Everything read from one IIS `applicationHost.config` (full IIS or IIS Express).
public struct IISConfiguration: Codable, Sendable, Hashable {
    /// The config file (line 1 or the `<configuration>` line).
    public var source: SourceLocation
    /// True when the file is an IIS Express per-user configuration.
    public var isExpress: Bool
    /// True when the file held `<site>` elements without a `<configuration>` root (a fragment).
    public var isFragment: Bool
    /// Sites in document order, with `siteDefaults` applied.
    public var sites: [IISSite]
    /// Application pools in document order, with `applicationPoolDefaults` applied.
    public var applicationPools: [IISApplicationPool]
    /// `system.webServer/globalModules` (native modules loaded by the worker process).
    public var globalModules: [IISModule]
    /// Server-level `system.webServer/modules` (enabled modules, native and managed).
    public var modules: [IISModule]
    /// Server-level `system.webServer/isapiFilters`.
    public var isapiFilters: [IISISAPIFilter]
    /// Server-level `system.webServer/handlers`.
    public var handlers: [IISHandler]
    /// Server-level authentication settings (`system.webServer/security/authentication`).
    public var authentication: IISAuthentication
    /// `<location path="…">` elements with their overrides.
    public var locations: [IISLocation]
    /// Non-HTTP listener adapters (`system.applicationHost/listenerAdapters`), e.g. "net.tcp".
    public var listenerAdapters: [String]

    public init(
        source: SourceLocation, isExpress: Bool = false, isFragment: Bool = false,
        sites: [IISSite] = [], applicationPools: [IISApplicationPool] = [],
        globalModules: [IISModule] = [], modules: [IISModule] = [],
        isapiFilters: [IISISAPIFilter] = [], handlers: [IISHandler] = [],
        authentication: IISAuthentication = IISAuthentication(), locations: [IISLocation] = [],
        listenerAdapters: [String] = []
    ) {
        self.source = source
        self.isExpress = isExpress
        self.isFragment = isFragment
        self.sites = sites
        self.applicationPools = applicationPools
        self.globalModules = globalModules
        self.modules = modules
        self.isapiFilters = isapiFilters
        self.handlers = handlers
        self.authentication = authentication
        self.locations = locations
        self.listenerAdapters = listenerAdapters
    }
}
