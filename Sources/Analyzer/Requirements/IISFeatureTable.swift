/// What the requirement derivation knows about IIS: which Windows feature provides each in-box
/// native module, which product installs the modules Windows does not ship, which configuration
/// sections and handler programs show a feature or runtime in use, and the feature tree.
///
/// The facts come from `shared/research/windows-container-facts.md`: §5.2 (`globalModules` name →
/// DLL → feature, and the modules that need a separate installer), §5.1 (feature names and tree),
/// §5.3 and §2.2 (the ASP.NET and WCF features the official images install) and §6 (how ASMA tells
/// runtimes from handlers). This table stands in for the catalog's IIS module and feature map
/// (`rules/catalog/`) and is meant to be replaced by it. Names are matched case-insensitively, as
/// IIS does.
enum IISFeatureTable {
    /// When an in-box module's feature is needed.
    enum Use: Sendable {
        /// Whenever the module is enabled in the site's `<modules>`.
        case pipeline
        /// Only when a handler, an ISAPI filter or an enabled authentication method uses it.
        case onDemand
    }

    /// An in-box module: the feature that provides it (nil for the web server core) and when it
    /// counts.
    struct Module: Sendable {
        var feature: String?
        var use: Use
    }

    /// In-box native modules by lower-cased `globalModules` name (§5.2).
    static let modules: [String: Module] = {
        let pipeline: [String: String] = [
            "DefaultDocumentModule": "Web-Default-Doc", "DirectoryListingModule": "Web-Dir-Browsing",
            "StaticFileModule": "Web-Static-Content", "CustomErrorModule": "Web-Http-Errors",
            "HttpRedirectionModule": "Web-Http-Redirect", "WebDAVModule": "Web-DAV-Publishing",
            "HttpLoggingModule": "Web-Http-Logging", "CustomLoggingModule": "Web-Custom-Logging",
            "RequestMonitorModule": "Web-Request-Monitor", "TracingModule": "Web-Http-Tracing",
            "FailedRequestsTracingModule": "Web-Http-Tracing", "StaticCompressionModule": "Web-Stat-Compression",
            "DynamicCompressionModule": "Web-Dyn-Compression", "RequestFilteringModule": "Web-Filtering",
            "UrlAuthorizationModule": "Web-Url-Auth", "IpRestrictionModule": "Web-IP-Security",
            "DynamicIpRestrictionModule": "Web-IP-Security", "WebSocketModule": "Web-WebSockets",
            "ApplicationInitializationModule": "Web-AppInit", "ManagedEngine": "Web-Net-Ext",
            "ManagedEngine64": "Web-Net-Ext", "ManagedEngineV4.0_32bit": "Web-Net-Ext45",
            "ManagedEngineV4.0_64bit": "Web-Net-Ext45",
        ]
        let onDemand: [String: String] = [
            "BasicAuthenticationModule": "Web-Basic-Auth", "WindowsAuthenticationModule": "Web-Windows-Auth",
            "DigestAuthenticationModule": "Web-Digest-Auth",
            "CertificateMappingAuthenticationModule": "Web-Client-Auth",
            "IISCertificateMappingAuthenticationModule": "Web-Cert-Auth", "IsapiModule": "Web-ISAPI-Ext",
            "IsapiFilterModule": isapiFilterFeature, "CgiModule": "Web-CGI", "FastCgiModule": "Web-CGI",
            "ServerSideIncludeModule": "Web-Includes",
        ]
        let core = [
            "AnonymousAuthenticationModule", "UriCacheModule", "FileCacheModule", "TokenCacheModule",
            "HttpCacheModule", "ProtocolSupportModule", "ConfigurationValidationModule",
        ]
        var table: [String: Module] = [:]
        for (name, feature) in pipeline { table[name.lowercased()] = Module(feature: feature, use: .pipeline) }
        for (name, feature) in onDemand { table[name.lowercased()] = Module(feature: feature, use: .onDemand) }
        for name in core { table[name.lowercased()] = Module(feature: nil, use: .pipeline) }
        return table
    }()

    /// The module behind each authentication method of `RequiredAuthentication.type`.
    static let authenticationModules: [String: String] = [
        "windows": "WindowsAuthenticationModule", "basic": "BasicAuthenticationModule",
        "digest": "DigestAuthenticationModule", "clientCertificate": "CertificateMappingAuthenticationModule",
        "iisClientCertificate": "IISCertificateMappingAuthenticationModule",
    ]

    /// Modules Windows does not ship, by lower-cased name: the product that installs them (§5.2).
    static let installers: [String: String] = [
        "rewritemodule": "IIS URL Rewrite Module 2",
        "applicationrequestrouting": "Application Request Routing 3.0",
        "aspnetcoremodule": "ASP.NET Core Hosting Bundle",
        "aspnetcoremodulev2": "ASP.NET Core Hosting Bundle",
        "iisnode": "iisnode",
        "httpplatformhandler": "HttpPlatformHandler",
        "modsecurity iis (32bits)": "ModSecurity IIS",
        "modsecurity iis (64bits)": "ModSecurity IIS",
    ]

    /// Runtimes that handlers reveal through the native module they use, by lower-cased module
    /// name. `httpPlatformHandler` starts any program, so it says "native" (the deriver turns it
    /// into "java" when a Java runtime is installed).
    static let moduleRuntimes: [String: String] = [
        "iisnode": "node", "aspnetcoremodule": "aspnetcore", "aspnetcoremodulev2": "aspnetcore",
        "httpplatformhandler": "native",
    ]

    /// Runtimes that handlers reveal through the program in their `scriptProcessor`, by lower-cased
    /// file name (ASMA's FrameworkCheck, §6). Python handlers may also name a `.py` script.
    static let processorRuntimes: [String: String] = [
        "python.exe": "python", "pythonw.exe": "python", "php-cgi.exe": "php",
    ]

    /// Features a handler's `scriptProcessor` shows in use, by lower-cased file name.
    static let processorFeatures: [String: String] = ["asp.dll": classicASPFeature]

    /// The feature that loads ISAPI filters.
    static let isapiFilterFeature = "Web-ISAPI-Filter"

    /// The feature that runs classic ASP pages.
    static let classicASPFeature = "Web-ASP"

    /// Configuration sections whose presence in a site's `<location>` shows a feature in use.
    static let sections: [String: String] = [
        "system.webserver/isapifilters": isapiFilterFeature,
        "system.webserver/asp": classicASPFeature,
        "system.webserver/applicationinitialization": "Web-AppInit",
        "system.webserver/serversideinclude": "Web-Includes",
        "system.webserver/cgi": "Web-CGI",
        "system.webserver/security/ipsecurity": "Web-IP-Security",
        "system.webserver/security/dynamicipsecurity": "Web-IP-Security",
        "system.webserver/security/authorization": "Web-Url-Auth",
        "system.webserver/webdav/authoring": "Web-DAV-Publishing",
    ]

    /// Features every site needs: the web server role and its core.
    static let webServerFeatures = ["Web-Server", "Web-WebServer"]

    /// Features ASP.NET needs on a CLR 2.0 pool (.NET 3.5). Server Manager adds ISAPI extensions
    /// and filters with ASP.NET, so they are listed too.
    static let aspNet35Features = [
        "NET-Framework-Core", "Web-Net-Ext", "Web-Asp-Net", "Web-ISAPI-Ext", "Web-ISAPI-Filter",
    ]

    /// Features ASP.NET needs on a CLR 4 pool (.NET 4.x).
    static let aspNet45Features = [
        "NET-Framework-45-ASPNET", "Web-Net-Ext45", "Web-Asp-Net45", "Web-ISAPI-Ext", "Web-ISAPI-Filter",
    ]

    /// Features a Classic-pipeline pool uses to run ASP.NET (`aspnet_isapi.dll`, `aspnet_filter.dll`).
    static let classicPipelineFeatures = ["Web-ISAPI-Ext", "Web-ISAPI-Filter"]

    /// The feature that activates WCF services over HTTP (`.svc`).
    static let wcfHTTPActivationFeature = "NET-WCF-HTTP-Activation45"

    /// The feature that preloads applications (`preloadEnabled`).
    static let preloadFeature = "Web-AppInit"

    /// Features each non-HTTP binding protocol needs: the Windows Process Activation Service and
    /// the WCF activation component for it (the 4.x names; the 3.5 images are gone, §2).
    static let protocolFeatures: [String: [String]] = [
        "net.tcp": ["WAS-Process-Model", "WAS-Config-APIs", "NET-WCF-TCP-Activation45", "NET-WCF-TCP-PortSharing45"],
        "net.pipe": ["WAS-Process-Model", "WAS-Config-APIs", "NET-WCF-Pipe-Activation45"],
        "net.msmq": ["WAS-Process-Model", "WAS-Config-APIs", "NET-WCF-MSMQ-Activation45", "MSMQ-Server"],
        "msmq.formatname": ["WAS-Process-Model", "WAS-Config-APIs", "NET-WCF-MSMQ-Activation45", "MSMQ-Server"],
    ]

    /// The feature that runs Message Queuing.
    static let msmqFeature = "MSMQ-Server"

    /// Binding protocols that receive from MSMQ queues.
    static let msmqProtocols: Set<String> = ["net.msmq", "msmq.formatname"]

    /// The Windows features the derivation can require (Server Manager names), each after its
    /// parent: the order requirements list them in.
    static let featureTree: [(name: String, parent: String?)] = [
        ("Web-Server", nil),
        ("Web-WebServer", "Web-Server"),
        ("Web-Common-Http", "Web-WebServer"),
        ("Web-Default-Doc", "Web-Common-Http"), ("Web-Dir-Browsing", "Web-Common-Http"),
        ("Web-Http-Errors", "Web-Common-Http"), ("Web-Static-Content", "Web-Common-Http"),
        ("Web-Http-Redirect", "Web-Common-Http"), ("Web-DAV-Publishing", "Web-Common-Http"),
        ("Web-Health", "Web-WebServer"),
        ("Web-Http-Logging", "Web-Health"), ("Web-Custom-Logging", "Web-Health"),
        ("Web-Request-Monitor", "Web-Health"), ("Web-Http-Tracing", "Web-Health"),
        ("Web-Performance", "Web-WebServer"),
        ("Web-Stat-Compression", "Web-Performance"), ("Web-Dyn-Compression", "Web-Performance"),
        ("Web-Security", "Web-WebServer"),
        ("Web-Filtering", "Web-Security"), ("Web-Basic-Auth", "Web-Security"),
        ("Web-Client-Auth", "Web-Security"), ("Web-Digest-Auth", "Web-Security"),
        ("Web-Cert-Auth", "Web-Security"), ("Web-IP-Security", "Web-Security"),
        ("Web-Url-Auth", "Web-Security"), ("Web-Windows-Auth", "Web-Security"),
        ("Web-App-Dev", "Web-WebServer"),
        ("Web-Net-Ext", "Web-App-Dev"), ("Web-Net-Ext45", "Web-App-Dev"), ("Web-AppInit", "Web-App-Dev"),
        ("Web-ASP", "Web-App-Dev"), ("Web-Asp-Net", "Web-App-Dev"), ("Web-Asp-Net45", "Web-App-Dev"),
        ("Web-CGI", "Web-App-Dev"), ("Web-ISAPI-Ext", "Web-App-Dev"), ("Web-ISAPI-Filter", "Web-App-Dev"),
        ("Web-Includes", "Web-App-Dev"), ("Web-WebSockets", "Web-App-Dev"),
        ("NET-Framework-Features", nil),
        ("NET-Framework-Core", "NET-Framework-Features"),
        ("NET-Framework-45-Features", nil),
        ("NET-Framework-45-ASPNET", "NET-Framework-45-Features"),
        ("NET-WCF-Services45", "NET-Framework-45-Features"),
        ("NET-WCF-HTTP-Activation45", "NET-WCF-Services45"), ("NET-WCF-MSMQ-Activation45", "NET-WCF-Services45"),
        ("NET-WCF-Pipe-Activation45", "NET-WCF-Services45"), ("NET-WCF-TCP-Activation45", "NET-WCF-Services45"),
        ("NET-WCF-TCP-PortSharing45", "NET-WCF-Services45"),
        ("WAS", nil),
        ("WAS-Process-Model", "WAS"), ("WAS-Config-APIs", "WAS"),
        ("MSMQ", nil),
        ("MSMQ-Services", "MSMQ"),
        ("MSMQ-Server", "MSMQ-Services"),
    ]

    /// The in-box module named `name`, if it is one.
    static func module(_ name: String) -> Module? { modules[name.lowercased()] }

    /// The product that installs the module named `name`, when the table knows it.
    static func installer(_ name: String) -> String? { installers[name.lowercased()] }
}
