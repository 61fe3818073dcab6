import Analyzer
import Testing

/// Requirements of `examples/captures/multi-site-webfarm`: five sites with WCF over net.tcp, a
/// domain pool identity, UNC content, a 32-bit Classic .NET 2.0 site, a static site, URL Rewrite
/// enabled for every site, and two added services.
@Suite struct RequirementWebFarmTests {
    static let config = "iis/applicationHost.config"

    /// What every site of this server needs from the server-level `<modules>`.
    static let pipelineFeatures = [
        "Web-Server", "Web-WebServer", "Web-Common-Http", "Web-Default-Doc", "Web-Dir-Browsing",
        "Web-Http-Errors", "Web-Static-Content", "Web-Health", "Web-Http-Logging", "Web-Performance",
        "Web-Stat-Compression", "Web-Dyn-Compression", "Web-Security", "Web-Filtering", "Web-Url-Auth",
    ]

    /// The ASP.NET 4 stack.
    static let aspNet45Features = [
        "Web-App-Dev", "Web-Net-Ext45", "Web-Asp-Net45", "Web-ISAPI-Ext", "Web-ISAPI-Filter",
        "NET-Framework-45-Features", "NET-Framework-45-ASPNET",
    ]

    /// URL Rewrite is enabled server-wide, so every site needs its installer.
    static let rewrite = [#"RewriteModule %SystemRoot%\system32\inetsrv\rewrite.dll IIS URL Rewrite Module 2 @iis/applicationHost.config:323"#]

    static func requirements(_ name: String) throws -> WorkloadRequirements {
        try #require(try RequirementExamples.requirements("multi-site-webfarm")[name])
    }

    @Test func fabrikamShop() throws {
        let r = try Self.requirements("Fabrikam Shop")
        #expect(RequirementExamples.summary(r) == "netfx 4.7.2 iis,powerShell,msi")
        #expect(RequirementExamples.features(r) == Self.pipelineFeatures + Self.aspNet45Features)
        #expect(RequirementExamples.modules(r) == Self.rewrite)
        #expect(RequirementExamples.ports(r) == [
            "https * 443 shop.fabrikam.com @\(Self.config):219",
            "http * 80 shop.fabrikam.com @\(Self.config):220",
        ])
        #expect(RequirementExamples.identities(r) == [
            #"appPool FabrikamShopPool SpecificUser FABRIKAM\svc-shop true @iis/applicationHost.config:147"#,
        ])
        #expect(RequirementExamples.authentication(r) == ["forms Fabrikam Shop @iis/webconfig/Fabrikam Shop/web.config:2"])
        #expect(RequirementExamples.paths(r) == [
            #"drive D:\Sites\FabrikamShop D / / @iis/applicationHost.config:215"#,
            #"unc \\fs01.fabrikam.local\webcontent\media - / /media @iis/applicationHost.config:216"#,
        ])
    }

    @Test func fabrikamAPI() throws {
        let r = try Self.requirements("Fabrikam API")
        #expect(RequirementExamples.summary(r) == "netfx 4.6.2 iis,powerShell,msi,wcfNonHttp",
                "the /orders web.config targets 4.6.2")
        #expect(RequirementExamples.features(r) == Self.pipelineFeatures + ["Web-Windows-Auth"] + Self.aspNet45Features + [
            "NET-WCF-Services45", "NET-WCF-HTTP-Activation45", "NET-WCF-TCP-Activation45", "NET-WCF-TCP-PortSharing45",
            "WAS", "WAS-Process-Model", "WAS-Config-APIs",
        ])
        #expect(RequirementExamples.reasons(r).filter { $0.hasPrefix("NET-WCF") || $0.hasPrefix("WAS") } == [
            "NET-WCF-Services45: parent of NET-WCF-TCP-Activation45 @\(Self.config):233",
            "NET-WCF-HTTP-Activation45: web.config configures WCF (system.serviceModel) @iis/webconfig/Fabrikam API/orders/web.config:2",
            "NET-WCF-TCP-Activation45: net.tcp binding 808:* @\(Self.config):233",
            "NET-WCF-TCP-PortSharing45: net.tcp binding 808:* @\(Self.config):233",
            "WAS: parent of WAS-Process-Model @\(Self.config):233",
            "WAS-Process-Model: net.tcp binding 808:* @\(Self.config):233",
            "WAS-Config-APIs: net.tcp binding 808:* @\(Self.config):233",
        ])
        #expect(RequirementExamples.modules(r) == Self.rewrite)
        #expect(RequirementExamples.ports(r) == [
            "https 10.0.4.21 443  @\(Self.config):232",
            "net.tcp - 808 - @\(Self.config):233",
        ])
        #expect(RequirementExamples.identities(r) == [
            "appPool FabrikamApiPool ApplicationPoolIdentity - false @\(Self.config):157",
            "appPool FabrikamOrdersPool NetworkService - false @\(Self.config):160",
        ])
        #expect(RequirementExamples.authentication(r) == [
            "windows Fabrikam API @\(Self.config):700",
            "windows Fabrikam API/orders @iis/webconfig/Fabrikam API/orders/web.config:2",
        ])
        #expect(RequirementExamples.paths(r) == [
            #"drive D:\Sites\FabrikamApi D / / @iis/applicationHost.config:226"#,
            #"drive D:\Services\Orders D /orders / @iis/applicationHost.config:229"#,
        ])
    }

    @Test func legacyReports() throws {
        let r = try Self.requirements("Legacy Reports")
        #expect(RequirementExamples.summary(r) == "netfx 2.0 iis,bit32,powerShell,msi")
        #expect(RequirementExamples.features(r) == Self.pipelineFeatures + [
            "Web-App-Dev", "Web-Net-Ext", "Web-Asp-Net", "Web-ISAPI-Ext", "Web-ISAPI-Filter",
            "NET-Framework-Features", "NET-Framework-Core",
        ])
        #expect(RequirementExamples.reasons(r).filter { $0.contains("ISAPI") } == [
            "Web-App-Dev: parent of Web-ISAPI-Filter @\(Self.config):712",
            "Web-ISAPI-Ext: pool LegacyReportsPool runs ASP.NET in the Classic pipeline @\(Self.config):163",
            #"Web-ISAPI-Filter: <location path="Legacy Reports"> configures system.webServer/isapiFilters @iis/applicationHost.config:712"#,
        ])
        #expect(RequirementExamples.modules(r) == Self.rewrite)
        #expect(RequirementExamples.ports(r) == ["http * 8080  @\(Self.config):242"])
        #expect(RequirementExamples.identities(r) == [
            "appPool LegacyReportsPool ApplicationPoolIdentity - false @\(Self.config):163",
        ])
        #expect(r.authentication.isEmpty, "mode=\"Windows\" without IIS Windows authentication sees only anonymous users")
        #expect(r.paths.isEmpty)
    }

    @Test func fabrikamMarketingIsStatic() throws {
        let r = try Self.requirements("Fabrikam Marketing")
        #expect(RequirementExamples.summary(r) == "static - iis,powerShell,msi")
        #expect(RequirementExamples.features(r) == Self.pipelineFeatures, "No Managed Code: no ASP.NET, no ISAPI")
        #expect(RequirementExamples.modules(r) == Self.rewrite)
        #expect(RequirementExamples.ports(r) == [
            "http * 80 www.fabrikam.com @\(Self.config):250",
            "http * 80 fabrikam.com @\(Self.config):251",
        ])
        #expect(RequirementExamples.identities(r) == [
            "appPool FabrikamMarketingPool ApplicationPoolIdentity - false @\(Self.config):169",
        ])
        #expect(RequirementExamples.paths(r) == [#"drive D:\Sites\Marketing D / / @iis/applicationHost.config:247"#])
        #expect(r.authentication.isEmpty)
    }

    @Test func stoppedDefaultWebSite() throws {
        let r = try Self.requirements("Default Web Site")
        #expect(RequirementExamples.summary(r) == "netfx 4.7.2 iis,powerShell,msi",
                "no web.config: the highest 4.x installed")
        #expect(RequirementExamples.features(r) == Self.pipelineFeatures + Self.aspNet45Features)
        #expect(RequirementExamples.ports(r) == ["http * 80  @\(Self.config):210"])
    }

    @Test func imageResizerService() throws {
        let r = try Self.requirements("FabrikamImageResizer")
        #expect(RequirementExamples.summary(r) == "native - powerShell", "MSMQ is not installed on this server")
        #expect(r.features.isEmpty && r.ports.isEmpty && r.modules.isEmpty)
        #expect(RequirementExamples.identities(r) == [
            #"service FabrikamImageResizer DomainAccount FABRIKAM\svc-images true @services.json:112"#,
        ])
        #expect(RequirementExamples.paths(r) == [#"drive D:\Services\ImageResizer D - - @services.json:112"#])
    }

    @Test func splunkForwarderService() throws {
        let r = try Self.requirements("SplunkForwarder")
        #expect(RequirementExamples.summary(r) == "native - powerShell")
        #expect(RequirementExamples.identities(r) == ["service SplunkForwarder LocalSystem LocalSystem false @services.json:321"])
        #expect(r.paths.isEmpty)
    }

    @Test func wholeServerIsTheUnionOfItsWorkloads() throws {
        let server = try #require(try RequirementExamples.requirements("multi-site-webfarm", mode: .perServer).values.first)
        let parts = try RequirementExamples.requirements("multi-site-webfarm")
        #expect(RequirementExamples.summary(server) == "netfx 2.0 iis,bit32,powerShell,msi,wcfNonHttp",
                "the .NET 3.5 images also carry 4.x, so 2.0 serves every site")
        #expect(server.ports.count == 8)
        #expect(server.identities.count == 8, "6 pools of 5 sites and 2 services")
        #expect(RequirementExamples.modules(server) == Self.rewrite)
        #expect(Set(server.features.map(\.name)) == Set(parts.values.flatMap { $0.features.map(\.name) }))
        #expect(server.paths.count == parts.values.map(\.paths.count).reduce(0, +))
    }
}
