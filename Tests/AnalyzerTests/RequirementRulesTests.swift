import Analyzer
import ManifestReaders
import Testing

/// A one-site server built by hand, to test single derivation rules.
struct RequirementFixture {
    static func at(_ line: Int) -> ManifestReaders.SourceLocation { ManifestReaders.SourceLocation(file: "iis/applicationHost.config", line: line) }

    var pools = [IISApplicationPool(name: "P", managedRuntimeVersion: "", source: at(5))]
    var applications = [
        IISApplication(path: "/", applicationPool: "P", virtualDirectories: [
            IISVirtualDirectory(path: "/", physicalPath: #"C:\inetpub\s"#, expandedPhysicalPath: #"C:\inetpub\s"#,
                                pathKind: .drive, drive: "C", source: at(11)),
        ], source: at(10)),
    ]
    var bindings = [IISBinding(protocol: "http", bindingInformation: "*:80:", ipAddress: "*", port: 80, hostHeader: "",
                               source: at(12))]
    var globalModules: [IISModule] = []
    var modules: [IISModule] = []
    var handlers: [IISHandler] = []
    var authentication = IISAuthentication()
    var locations: [IISLocation] = []
    var webConfigs: [WebConfig] = []
    var programs: [InstalledProgram] = []
    var dotNet: [DotNetFramework] = []

    var inventory: Inventory {
        let site = IISSite(id: 1, name: "S", applications: applications, bindings: bindings, source: Self.at(9))
        let iis = IISConfiguration(
            source: Self.at(1), sites: [site], applicationPools: pools, globalModules: globalModules, modules: modules,
            handlers: handlers, authentication: authentication, locations: locations)
        return Inventory(
            captureName: "fixture", host: HostInfo(computerName: "WEB01", source: ManifestReaders.SourceLocation(file: "r.reg", line: 1)),
            programs: programs, dotNetFrameworks: dotNet, iis: iis, webConfigs: webConfigs)
    }

    var requirements: WorkloadRequirements {
        let inventory = inventory
        return RequirementDeriver.requirements(for: WorkloadSplitter().workloads(of: inventory)[0], in: inventory)
    }

    /// Adds a native module: registered in `globalModules` and enabled in `<modules>`.
    mutating func enable(_ name: String, image: String) {
        globalModules.append(IISModule(name: name, image: image, source: Self.at(20)))
        modules.append(IISModule(name: name, source: Self.at(30)))
    }

    static func handler(_ name: String, modules: String, processor: String? = nil, preCondition: String? = nil)
        -> IISHandler {
        IISHandler(name: name, path: "*", verb: "*", modules: modules, scriptProcessor: processor,
                   preCondition: preCondition, source: at(40))
    }
}

@Suite struct RequirementRulesTests {
    @Test func staticSiteNeedsOnlyTheWebServer() {
        let r = RequirementFixture().requirements
        #expect(r.runtime == "static")
        #expect(r.image == ImageNeeds(iis: true, powerShell: true))
        #expect(r.features.map(\.name) == ["Web-Server", "Web-WebServer"])
    }

    @Test(arguments: [
        (#"C:\PHP\php-cgi.exe"#, "php"),
        (#"C:\Python39\python.exe|C:\Python39\Lib\site-packages\wfastcgi.py"#, "python"),
        (#""C:\Scripts\app.py""#, "python"),
    ])
    func fastCGIProgramShowsTheRuntime(processor: String, runtime: String) {
        var fixture = RequirementFixture()
        fixture.enable("FastCgiModule", image: #"%windir%\System32\inetsrv\iisfcgi.dll"#)
        fixture.handlers = [RequirementFixture.handler("App", modules: "FastCgiModule", processor: processor)]
        let r = fixture.requirements
        #expect(r.runtime == runtime)
        #expect(r.features.map(\.name).contains("Web-CGI"))
        #expect(r.modules.isEmpty, "FastCGI is in-box")
        #expect(r.image.dotNetFramework == nil)
    }

    @Test(arguments: [
        ("iisnode", #"%ProgramFiles%\iisnode\iisnode.dll"#, "node", "iisnode"),
        ("AspNetCoreModuleV2", #"%ProgramFiles%\IIS\Asp.Net Core Module\V2\aspnetcorev2.dll"#, "aspnetcore",
         "ASP.NET Core Hosting Bundle"),
    ])
    func handlerModuleShowsTheRuntimeAndItsInstaller(module: String, image: String, runtime: String, installer: String) {
        var fixture = RequirementFixture()
        fixture.globalModules = [IISModule(name: module, image: image, source: RequirementFixture.at(20))]
        fixture.webConfigs = [WebConfig(site: "S", applicationPath: "/", handlers: [
            RequirementFixture.handler("app", modules: module),
        ], source: ManifestReaders.SourceLocation(file: "iis/webconfig/S/web.config", line: 3))]
        let r = fixture.requirements
        #expect(r.runtime == runtime)
        #expect(r.modules == [RequiredModule(name: module, image: image, installer: installer,
                                             source: RequirementFixture.at(20))])
        #expect(r.image.msi)
    }

    @Test func httpPlatformHandlerRunsJavaOnlyWhenJavaIsInstalled() {
        var fixture = RequirementFixture()
        fixture.globalModules = [IISModule(name: "httpPlatformHandler", image: "httpPlatformHandler.dll",
                                           source: RequirementFixture.at(20))]
        fixture.handlers = [RequirementFixture.handler("httpplatform", modules: "httpPlatformHandler")]
        #expect(fixture.requirements.runtime == "native")
        #expect(fixture.requirements.modules.map(\.installer) == ["HttpPlatformHandler"])
        fixture.programs = [InstalledProgram(displayName: "Java 8 Update 401 (64-bit)", keyName: "{J}", architecture: "x64",
                                             source: ManifestReaders.SourceLocation(file: "r.reg", line: 9))]
        #expect(fixture.requirements.runtime == "java")
    }

    @Test func classicASPHandler() {
        var fixture = RequirementFixture()
        fixture.enable("IsapiModule", image: #"%windir%\System32\inetsrv\isapi.dll"#)
        fixture.handlers = [RequirementFixture.handler("ASPClassic", modules: "IsapiModule",
                                                       processor: #"%windir%\system32\inetsrv\asp.dll"#)]
        let r = fixture.requirements
        #expect(r.classicASP)
        #expect(r.runtime == "native")
        #expect(r.features.map(\.name) == ["Web-Server", "Web-WebServer", "Web-App-Dev", "Web-ASP", "Web-ISAPI-Ext"])
        #expect(r.features.first { $0.name == "Web-ASP" }?.reason == "handler ASPClassic runs asp.dll")
    }

    @Test func unknownNativeModuleNeedsAnUnknownInstaller() {
        var fixture = RequirementFixture()
        fixture.enable("SiteMinderAgent", image: #"C:\CA\webagent\bin\ISAPI6WebAgent.dll"#)
        fixture.enable("StaticFileModule", image: #"%windir%\System32\inetsrv\static.dll"#)
        let r = fixture.requirements
        #expect(r.modules.map(\.name) == ["SiteMinderAgent"])
        #expect(r.modules.map(\.installer) == [""])
        #expect(r.features.map(\.name) == ["Web-Server", "Web-WebServer", "Web-Common-Http", "Web-Static-Content"])
    }

    @Test func webConfigRemovalsAndPreConditionsDecideWhatIsUsed() {
        var fixture = RequirementFixture()
        fixture.enable("DynamicCompressionModule", image: "compdyn.dll")
        fixture.enable("IsapiModule", image: "isapi.dll")
        fixture.handlers = [RequirementFixture.handler("aspx-classic", modules: "IsapiModule",
                                                       preCondition: "classicMode,bitness64")]
        fixture.webConfigs = [WebConfig(site: "S", applicationPath: "/", modules: [
            IISModule(name: "DynamicCompressionModule", removed: true, source: RequirementFixture.at(50)),
        ], source: ManifestReaders.SourceLocation(file: "iis/webconfig/S/web.config", line: 2))]
        #expect(fixture.requirements.features.map(\.name) == ["Web-Server", "Web-WebServer"])
        fixture.pools[0].managedPipelineMode = "Classic"
        #expect(fixture.requirements.features.first { $0.name == "Web-ISAPI-Ext" }?.reason
            == "handler aspx-classic uses IsapiModule")
    }

    @Test func preloadNeedsApplicationInitialization() {
        var fixture = RequirementFixture()
        fixture.applications[0].preloadEnabled = true
        #expect(fixture.requirements.features.first { $0.name == "Web-AppInit" }?.reason
            == "application / is preloaded (preloadEnabled)")
    }

    @Test func msmqAndNamedPipeProtocols() {
        var fixture = RequirementFixture()
        fixture.bindings.append(IISBinding(protocol: "net.msmq", bindingInformation: "localhost", ipAddress: nil, port: nil,
                                           hostHeader: nil, source: RequirementFixture.at(13)))
        fixture.applications[0].enabledProtocols = ["http", "net.pipe"]
        let r = fixture.requirements
        #expect(r.msmq && r.image.wcfNonHTTP)
        #expect(r.features.map(\.name) == [
            "Web-Server", "Web-WebServer", "NET-Framework-45-Features", "NET-WCF-Services45", "NET-WCF-MSMQ-Activation45",
            "NET-WCF-Pipe-Activation45", "WAS", "WAS-Process-Model", "WAS-Config-APIs", "MSMQ", "MSMQ-Services",
            "MSMQ-Server",
        ])
        #expect(r.features.first { $0.name == "NET-WCF-Pipe-Activation45" }?.reason == "application / enables net.pipe")
        #expect(r.ports.map(\.protocol) == ["http", "net.msmq"])
    }

    @Test func serverLevelAuthenticationCountsUnlessTheSiteTurnsItOff() {
        var fixture = RequirementFixture()
        fixture.authentication = IISAuthentication(anonymous: true, basic: true, digest: true,
                                                   source: RequirementFixture.at(60))
        fixture.locations = [IISLocation(path: "S", authentication: IISAuthentication(digest: false),
                                         rawTag: #"<location path="S">"#, source: RequirementFixture.at(70))]
        let r = fixture.requirements
        #expect(r.authentication == [RequiredAuthentication(type: "basic", scope: "server", source: RequirementFixture.at(60))])
        #expect(r.features.map(\.name).contains("Web-Basic-Auth"))
        #expect(!r.features.map(\.name).contains("Web-Digest-Auth"))
    }

    @Test func webConfigAuthenticationAndItsLocations() {
        var fixture = RequirementFixture()
        let file = ManifestReaders.SourceLocation(file: "iis/webconfig/S/api/web.config", line: 2)
        fixture.webConfigs = [WebConfig(
            site: "S", applicationPath: "/api", authenticationMode: "Windows",
            locations: [IISLocation(path: "admin", authentication: IISAuthentication(windows: true), rawTag: "",
                                    source: ManifestReaders.SourceLocation(file: file.file, line: 30))],
            source: file)]
        #expect(fixture.requirements.authentication.map { "\($0.type) \($0.scope)" }
            == ["windows S/api/admin", "windows S/api"])
    }

    @Test(arguments: [
        ("", [String](), [(String?, String?)](), nil as String?),
        ("", [], [("4.8", nil)], "4.8"),
        ("v4.0", [], [], "4.8"),
        ("v4.0", ["4.5.2"], [], "4.5.2"),
        ("v4.0", ["4.5.2"], [("4.6.1", "4.7")], "4.7"),
        ("v2.0", ["4.8"], [], "2.0"),
    ])
    func dotNetFrameworkVersion(runtime: String, installed: [String], targets: [(String?, String?)], expected: String?) {
        var fixture = RequirementFixture()
        fixture.pools = [IISApplicationPool(name: "P", managedRuntimeVersion: runtime, source: RequirementFixture.at(5))]
        fixture.dotNet = installed.map { DotNetFramework(version: $0, source: ManifestReaders.SourceLocation(file: "r.reg", line: 1)) }
        fixture.webConfigs = targets.map {
            WebConfig(site: "S", applicationPath: "/", compilationTargetFramework: $0.0, httpRuntimeTargetFramework: $0.1,
                      source: ManifestReaders.SourceLocation(file: "iis/webconfig/S/web.config", line: 1))
        }
        let r = fixture.requirements
        #expect(r.image.dotNetFramework == expected)
        #expect(r.runtime == (expected == nil ? "static" : "netfx"))
    }

    @Test func mixedClrPoolsNeedTheOldestRuntime() {
        var fixture = RequirementFixture()
        fixture.pools.append(IISApplicationPool(name: "Old", managedRuntimeVersion: "v2.0", source: RequirementFixture.at(6)))
        fixture.pools[0].managedRuntimeVersion = "v4.0"
        fixture.applications.append(IISApplication(path: "/old", applicationPool: "Old", source: RequirementFixture.at(14)))
        let r = fixture.requirements
        #expect(r.image.dotNetFramework == "2.0")
        #expect(r.identities.map(\.name) == ["P", "Old"])
        #expect(r.features.map(\.name).contains("Web-Asp-Net") && r.features.map(\.name).contains("Web-Asp-Net45"))
    }

    @Test func contentPathsOutsideTheImage() {
        var fixture = RequirementFixture()
        fixture.applications[0].virtualDirectories += [
            IISVirtualDirectory(path: "/x", physicalPath: #"%DATA%\x"#, expandedPhysicalPath: #"%DATA%\x"#,
                                pathKind: .unresolved, drive: nil, source: RequirementFixture.at(15)),
            IISVirtualDirectory(path: "/y", physicalPath: "y", expandedPhysicalPath: "y", pathKind: .other, drive: nil,
                                source: RequirementFixture.at(16)),
        ]
        #expect(fixture.requirements.paths == [
            RequiredPath(kind: "unresolved", path: #"%DATA%\x"#, drive: nil, application: "/", virtualPath: "/x",
                         source: RequirementFixture.at(15)),
        ])
    }

    @Test(arguments: [
        ("SpecificUser", #".\webuser"#, false), ("SpecificUser", #"web01\webuser"#, false),
        ("SpecificUser", "svc-web@contoso.com", true), ("SpecificUser", #"CONTOSO\svc-web"#, true),
        ("NetworkService", nil as String?, false),
    ])
    func poolIdentity(type: String, user: String?, domain: Bool) {
        var fixture = RequirementFixture()
        fixture.pools[0].identityType = type
        fixture.pools[0].userName = user
        #expect(fixture.requirements.identities == [
            RequiredIdentity(kind: "appPool", name: "P", type: type, account: user, domain: domain,
                             source: RequirementFixture.at(5)),
        ])
    }
}
