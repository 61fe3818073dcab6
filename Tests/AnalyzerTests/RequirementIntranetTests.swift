import Analyzer
import Testing

/// Requirements of `examples/captures/intranet-aspnet48`: an ASP.NET 4.8 intranet with Windows
/// authentication, the stopped Default Web Site and the added Zabbix agent.
@Suite struct RequirementIntranetTests {
    static let config = "iis/applicationHost.config"

    /// What every site of this server needs from the server-level `<modules>` and the ASP.NET 4
    /// stack, before its own additions.
    static let aspNet45Features = [
        "Web-Server", "Web-WebServer", "Web-Common-Http", "Web-Default-Doc", "Web-Dir-Browsing",
        "Web-Http-Errors", "Web-Static-Content", "Web-Health", "Web-Http-Logging", "Web-Performance",
        "Web-Stat-Compression", "Web-Security", "Web-Filtering",
    ]

    @Test func contosoIntranet() throws {
        let r = try #require(try RequirementExamples.requirements("intranet-aspnet48")["Contoso Intranet"])
        #expect(RequirementExamples.summary(r) == "netfx 4.8 iis,powerShell")
        #expect(RequirementExamples.features(r) == Self.aspNet45Features + [
            "Web-Windows-Auth", "Web-App-Dev", "Web-Net-Ext45", "Web-Asp-Net45", "Web-ISAPI-Ext", "Web-ISAPI-Filter",
            "NET-Framework-45-Features", "NET-Framework-45-ASPNET",
        ])
        #expect(r.features.first { $0.name == "Web-Windows-Auth" }?.reason
            == "windows authentication is enabled for Contoso Intranet")
        #expect(r.features.first { $0.name == "Web-Asp-Net45" }?.reason
            == "pool ContosoIntranetPool runs ASP.NET on CLR v4.0")
        #expect(RequirementExamples.modules(r) == [])
        #expect(RequirementExamples.ports(r) == [
            "http * 80 intranet.contoso.local @\(Self.config):192",
            "https * 443 intranet.contoso.local @\(Self.config):193",
        ])
        #expect(RequirementExamples.identities(r) == [
            "appPool ContosoIntranetPool ApplicationPoolIdentity - false @\(Self.config):137",
        ])
        #expect(RequirementExamples.authentication(r) == [
            "windows Contoso Intranet @\(Self.config):580",
            "windows Contoso Intranet/reports @iis/webconfig/Contoso Intranet/reports/web.config:2",
        ])
        #expect(RequirementExamples.paths(r) == [], "the content is on C:")
    }

    @Test func stoppedDefaultWebSite() throws {
        let r = try #require(try RequirementExamples.requirements("intranet-aspnet48")["Default Web Site"])
        #expect(RequirementExamples.summary(r) == "netfx 4.8 iis,powerShell")
        #expect(RequirementExamples.features(r) == Self.aspNet45Features + [
            "Web-App-Dev", "Web-Net-Ext45", "Web-Asp-Net45", "Web-ISAPI-Ext", "Web-ISAPI-Filter",
            "NET-Framework-45-Features", "NET-Framework-45-ASPNET",
        ])
        #expect(RequirementExamples.ports(r) == ["http * 80  @\(Self.config):181"])
        #expect(RequirementExamples.identities(r) == [
            "appPool DefaultAppPool ApplicationPoolIdentity - false @\(Self.config):134",
        ])
        #expect(r.authentication.isEmpty && r.paths.isEmpty && r.modules.isEmpty)
    }

    @Test func zabbixAgent() throws {
        let r = try #require(try RequirementExamples.requirements("intranet-aspnet48")["Zabbix Agent"])
        #expect(RequirementExamples.summary(r) == "native - powerShell")
        #expect(r.features.isEmpty && r.ports.isEmpty && r.paths.isEmpty)
        #expect(RequirementExamples.identities(r) == ["service Zabbix Agent LocalSystem LocalSystem false @services.csv:43"])
    }
}
