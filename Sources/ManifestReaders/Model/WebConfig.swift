/// What matters for containerisation in one application's `web.config`.
public struct WebConfig: Codable, Sendable, Hashable {
    /// The site the file belongs to (from its place under `iis/webconfig/<site>/…`), when known.
    public var site: String?
    /// The application's virtual path (e.g. "/" or "/api"), when known.
    public var applicationPath: String?
    /// `system.web/compilation@targetFramework`, e.g. "4.8".
    public var compilationTargetFramework: String?
    /// `system.web/httpRuntime@targetFramework`.
    public var httpRuntimeTargetFramework: String?
    /// `system.web/authentication@mode`: "Windows", "Forms", "None", "Passport", "Federated".
    public var authenticationMode: String?
    /// `system.web/identity@impersonate`.
    public var impersonate: Bool?
    /// `system.web/sessionState@mode`: "InProc", "StateServer", "SQLServer", "Custom", "Off".
    public var sessionStateMode: String?
    /// Connection strings: names and providers only, never the string itself.
    public var connectionStrings: [ConnectionStringReference]
    /// `system.webServer/modules` entries.
    public var modules: [IISModule]
    /// `system.webServer/handlers` entries.
    public var handlers: [IISHandler]
    /// `system.web/httpModules` entries (Classic pipeline).
    public var httpModules: [IISModule]
    /// `system.web/httpHandlers` entries (Classic pipeline).
    public var httpHandlers: [IISHandler]
    /// Authentication set in `system.webServer/security/authentication` of this file.
    public var authentication: IISAuthentication
    /// `<location>` elements.
    public var locations: [IISLocation]
    /// True when the file configures WCF (`system.serviceModel`).
    public var usesWCF: Bool
    public var source: SourceLocation

    public init(
        site: String? = nil, applicationPath: String? = nil, compilationTargetFramework: String? = nil,
        httpRuntimeTargetFramework: String? = nil, authenticationMode: String? = nil,
        impersonate: Bool? = nil, sessionStateMode: String? = nil,
        connectionStrings: [ConnectionStringReference] = [], modules: [IISModule] = [],
        handlers: [IISHandler] = [], httpModules: [IISModule] = [], httpHandlers: [IISHandler] = [],
        authentication: IISAuthentication = IISAuthentication(), locations: [IISLocation] = [],
        usesWCF: Bool = false, source: SourceLocation
    ) {
        self.site = site
        self.applicationPath = applicationPath
        self.compilationTargetFramework = compilationTargetFramework
        self.httpRuntimeTargetFramework = httpRuntimeTargetFramework
        self.authenticationMode = authenticationMode
        self.impersonate = impersonate
        self.sessionStateMode = sessionStateMode
        self.connectionStrings = connectionStrings
        self.modules = modules
        self.handlers = handlers
        self.httpModules = httpModules
        self.httpHandlers = httpHandlers
        self.authentication = authentication
        self.locations = locations
        self.usesWCF = usesWCF
        self.source = source
    }
}

/// A connection string's name and provider. The connection string itself may hold a password and
/// is never kept.
public struct ConnectionStringReference: Codable, Sendable, Hashable {
    public var name: String
    /// `providerName`, e.g. "System.Data.SqlClient".
    public var providerName: String?
    public var source: SourceLocation

    public init(name: String, providerName: String?, source: SourceLocation) {
        self.name = name
        self.providerName = providerName
        self.source = source
    }
}
