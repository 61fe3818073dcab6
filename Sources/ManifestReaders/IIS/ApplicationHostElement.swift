/// The kinds of `applicationHost.config` element `ApplicationHostDraft` reads. An element's kind
/// follows from its parent's kind and its own name, so it is decided once per element, without
/// comparing whole paths.
enum ApplicationHostElement {
    /// `system.applicationHost` and `system.webServer`.
    case applicationHost, webServer
    /// `applicationPools`, its `add` entries and `applicationPoolDefaults`, and their `processModel`.
    case applicationPools, pool, poolProcessModel, poolDefaults, poolDefaultsProcessModel
    /// `sites` and the server-level defaults inside it: `siteDefaults` (with its `logFile`),
    /// `applicationDefaults` and `virtualDirectoryDefaults`.
    case sites, siteDefaults, siteDefaultsLogFile, serverApplicationDefaults, serverVirtualDirectoryDefaults
    /// A `site`, and inside it: its `application`s with their `virtualDirectory` and
    /// `virtualDirectoryDefaults`, `bindings` and their `binding`s, `logFile`,
    /// `applicationDefaults` and `virtualDirectoryDefaults`.
    case site, application, virtualDirectory, applicationVirtualDirectoryDefaults, bindings, binding
    case siteLogFile, siteApplicationDefaults, siteVirtualDirectoryDefaults
    /// `listenerAdapters` and its `add` entries.
    case listenerAdapters, listenerAdapter
    /// The `system.webServer` lists and their entries (any element, such as `add`, `remove` or
    /// `clear`, but only `filter` for ISAPI filters).
    case globalModules, globalModule, modules, module, handlers, handler, isapiFilters, isapiFilter
    /// Any other element, and everything inside it.
    case ignored

    /// The kind of an element named `name` whose parent is of kind `parent` (nil for an element
    /// directly below `<configuration>`).
    init(name: String, parent: ApplicationHostElement?) {
        self =
            switch (parent, name) {
            case (.ignored?, _): .ignored
            case (nil, "system.applicationHost"): .applicationHost
            case (nil, "system.webServer"): .webServer

            case (.applicationHost?, "applicationPools"): .applicationPools
            case (.applicationPools?, "add"): .pool
            case (.pool?, "processModel"): .poolProcessModel
            case (.applicationPools?, "applicationPoolDefaults"): .poolDefaults
            case (.poolDefaults?, "processModel"): .poolDefaultsProcessModel

            case (.applicationHost?, "sites"): .sites
            case (.sites?, "siteDefaults"): .siteDefaults
            case (.siteDefaults?, "logFile"): .siteDefaultsLogFile
            case (.sites?, "applicationDefaults"): .serverApplicationDefaults
            case (.sites?, "virtualDirectoryDefaults"): .serverVirtualDirectoryDefaults

            case (.sites?, "site"): .site
            case (.site?, "application"): .application
            case (.application?, "virtualDirectory"): .virtualDirectory
            case (.application?, "virtualDirectoryDefaults"): .applicationVirtualDirectoryDefaults
            case (.site?, "bindings"): .bindings
            case (.bindings?, "binding"): .binding
            case (.site?, "logFile"): .siteLogFile
            case (.site?, "applicationDefaults"): .siteApplicationDefaults
            case (.site?, "virtualDirectoryDefaults"): .siteVirtualDirectoryDefaults

            case (.applicationHost?, "listenerAdapters"): .listenerAdapters
            case (.listenerAdapters?, "add"): .listenerAdapter

            case (.webServer?, "globalModules"): .globalModules
            case (.globalModules?, _): .globalModule
            case (.webServer?, "modules"): .modules
            case (.modules?, _): .module
            case (.webServer?, "handlers"): .handlers
            case (.handlers?, _): .handler
            case (.webServer?, "isapiFilters"): .isapiFilters
            case (.isapiFilters?, "filter"): .isapiFilter

            default: .ignored
            }
    }
}
