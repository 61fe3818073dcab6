import Foundation
import Testing

@testable import ManifestReaders

@Suite struct WebConfigReaderTests {
    private let reader = WebConfigReader()

    /// Reads a corpus web.config that must read cleanly.
    private func corpus(_ name: String) throws -> WebConfig {
        let result = reader.read(Fixtures.corpus("iis/\(name)"))
        #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics)")
        return try #require(result.value)
    }

    private func read(_ text: String) throws -> ReadResult<WebConfig?> {
        reader.read(try Fixtures.temporaryFile(named: "web.config", text: text))
    }

    @Test func blogEngineApplication() throws {
        let config = try corpus("MicrosoftDocs_Virtualization-Documentation__ASP-NET-Blog-Application_Web.config")
        #expect(config.site == nil)
        #expect(config.applicationPath == nil)
        #expect(config.source.line == 2)
        #expect(config.compilationTargetFramework == "4.5")
        #expect(config.httpRuntimeTargetFramework == "4.5")
        #expect(config.authenticationMode == "Forms")
        #expect(config.connectionStrings.map(\.name) == ["BlogEngine"])
        #expect(config.connectionStrings.map(\.providerName) == ["System.Data.SqlClient"])
        #expect(config.connectionStrings.map(\.source.line) == [23])
        #expect(config.httpModules.count == 9)
        #expect(config.httpModules.prefix(3).map(\.name) == ["WwwSubDomainModule", "UrlRewrite", "CompressionModule"])
        #expect(config.httpHandlers.count == 18)
        #expect(config.httpHandlers[0].name == "file.axd")
        #expect(config.modules.count == 7)
        #expect(config.handlers.count == 24)
        #expect(config.usesWCF)
    }

    @Test func orchardCMS() throws {
        let config = try corpus("OrchardCMS_Orchard__Orchard.Web_Web.config")
        #expect(config.compilationTargetFramework == "4.8")
        #expect(config.httpRuntimeTargetFramework == "4.8")
        #expect(config.authenticationMode == "Forms")
        #expect(config.connectionStrings.map(\.name) == ["Orchard.Azure.Media.StorageConnectionString"])
        #expect(config.connectionStrings.map(\.providerName) == [nil])
        #expect(config.httpModules.map(\.name) == ["Glimpse"])
        #expect(config.handlers.prefix(3).map(\.name) == ["Glimpse", "NotFound", "ExtensionlessUrlHandler-ISAPI-4.0_32bit"])
        #expect(config.handlers.prefix(3).map(\.removed) == [false, false, true])
        #expect(!config.usesWCF)
    }

    @Test func webFormsApplicationWithSeveralConnectionStrings() throws {
        let config = try corpus("jaimeparramilic_PROYECTO1-INGRESOS__syncfusion_Web.config")
        #expect(config.compilationTargetFramework == "4.6.1")
        #expect(config.httpRuntimeTargetFramework == "4.6.1")
        #expect(config.authenticationMode == "None")
        #expect(
            config.connectionStrings.map(\.name) == [
                "DefaultConnection", "DefaultConnection3", "DefaultConnection1", "repositorio_noova",
                "test_payc_contabilidadEntities",
            ])
        #expect(config.connectionStrings.last?.providerName == "System.Data.EntityClient")
        #expect(config.httpHandlers.map(\.path) == ["captimage.axd", "*.svc", "*.svc"])
        #expect(config.httpHandlers.map(\.removed) == [false, true, false])
        #expect(config.usesWCF)
    }

    @Test func aspNet35Application() throws {
        let config = try corpus("microsoft_dotnet-framework-docker__webapp-3.5_Web.config")
        #expect(config.authenticationMode == "Windows")
        #expect(config.compilationTargetFramework == nil)
        #expect(config.connectionStrings.isEmpty)
        #expect(config.httpModules.map(\.name) == ["ScriptModule"])
        #expect(config.httpHandlers.map(\.verb).prefix(2) == ["*", "*"])
        #expect(config.modules.map(\.name) == ["ScriptModule", "ScriptModule"])
        #expect(config.modules.map(\.removed) == [true, false])
        #expect(config.handlers.count == 7)
        #expect(config.handlers[1].name == "ScriptHandlerFactory")
        #expect(config.handlers[1].removed)
    }

    @Test func citrixDirectorWithLocations() throws {
        let config = try corpus("virtualdesktopdevops_xd7director__files_web.config")
        #expect(config.authenticationMode == "Forms")
        #expect(config.sessionStateMode == "Custom")
        #expect(config.usesWCF)
        #expect(config.authentication.isEmpty)
        #expect(config.locations.count == 16)
        #expect(config.locations[0].rawTag == #"<location path="dmc">"#)
        #expect(config.locations[12].rawTag == #"<location path="default.html" allowOverride="false">"#)
        let logOn = try #require(config.locations.first { $0.path == "LogOn" })
        #expect(logOn.authentication.windows == true)
        #expect(logOn.authentication.anonymous == false)
        #expect(
            logOn.sections == [
                "system.webServer/security/authentication/anonymousAuthentication",
                "system.webServer/security/authentication/windowsAuthentication",
            ])
        #expect(logOn.source.line == 214)
        #expect(config.modules.map(\.name).last == "DmcHttpModule")
        #expect(config.modules.filter(\.removed).map(\.name) == ["FormsAuthenticationModule", "UrlAuthorization", "DefaultAuthentication"])
    }

    @Test func wcfServiceAndSmallServerFiles() throws {
        let wcf = try corpus("MarkKharitonov_wcf-to-corewcf__legacy-wcf_Web.config")
        #expect(wcf.compilationTargetFramework == "4.7.2")
        #expect(wcf.httpRuntimeTargetFramework == "4.7.2")
        #expect(wcf.usesWCF)

        let django = try corpus("BurAndBY_irun2-mirror__inetpub_wwwroot_web.config")
        #expect(django.handlers.map(\.name) == ["Django Handler"])
        #expect(django.handlers[0].scriptProcessor?.hasSuffix("wfastcgi.py") == true)

        let kranz = try corpus("KranzA_windows-powershell-scripts__IIS_web.config")
        #expect(kranz.sessionStateMode == nil)
        #expect(!kranz.usesWCF)
    }

    @Test func noConnectionStringOrPasswordFromTheCorpusIsKept() throws {
        let secrets = [
            "Password123", "1234JAMS*", "UseDevelopmentStorage", "data source=", "Server=db", "metadata=res://",
            #""connectionString""#, "sqlConnectionString",
        ]
        var read = 0
        for file in try Fixtures.corpusFiles(in: "iis") where file.path.lowercased().hasSuffix("web.config") {
            let value = try #require(reader.read(file).value)
            let json = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
            let leaks = secrets.filter { json.contains($0) }
            #expect(leaks.isEmpty, "\(file.path) leaks \(leaks)")
            read += 1
        }
        #expect(read == 8)
    }

    @Test func readsSettingsAtTheFileLevelAndInLocationDot() throws {
        let result = try read(
            """
            <?xml version="1.0"?>
            <configuration xmlns="http://schemas.microsoft.com/.NetConfiguration/v2.0">
              <connectionStrings configSource="connections.config" />
              <location path="." inheritInChildApplications="false">
                <system.web>
                  <compilation debug="false" targetFramework="4.8" />
                  <identity impersonate="true" userName="CONTOSO\\app" password="secret" />
                  <sessionState mode="SQLServer" sqlConnectionString="data source=db;password=secret" />
                </system.web>
                <system.webServer>
                  <security><authentication><windowsAuthentication enabled="true" /></authentication></security>
                </system.webServer>
              </location>
              <location path="admin">
                <system.web><authorization><deny users="?" /></authorization></system.web>
                <system.webServer><security><authentication><anonymousAuthentication enabled="false" /></authentication></security></system.webServer>
              </location>
              <system.serviceModel />
            </configuration>
            """)
        let config = try #require(result.value)
        #expect(config.compilationTargetFramework == "4.8")
        #expect(config.impersonate == true)
        #expect(config.sessionStateMode == "SQLServer")
        #expect(config.authentication.windows == true)
        #expect(config.authentication.anonymous == nil)
        #expect(config.locations.map(\.path) == [".", "admin"])
        #expect(config.locations[1].authentication.anonymous == false)
        #expect(config.locations[1].sections == ["system.web/authorization", "system.webServer/security/authentication/anonymousAuthentication"])
        #expect(config.usesWCF)
        #expect(config.connectionStrings.isEmpty)
        #expect(
            result.diagnostics == [
                Diagnostic(
                    .info, SourceLocation(file: "web.config", line: 3),
                    #"<connectionStrings> is kept in configSource "connections.config", which was not read; its connection string names are missing"#
                )
            ])
        #expect(!String(decoding: try JSONEncoder().encode(config), as: UTF8.self).contains("secret"))
    }

    @Test func otherRootsAndBrokenFiles() throws {
        let other = try read("<appSettings><add key=\"a\" value=\"b\" /></appSettings>")
        #expect(other.value == nil)
        #expect(
            other.diagnostics == [
                Diagnostic(
                    .error, SourceLocation(file: "web.config", line: 1),
                    "the root element is <appSettings>, not <configuration>; the file was not read as a web.config")
            ])

        let truncated = try read("<configuration>\n  <system.web>\n    <compilation targetFramework=\"4.8\" />\n    <authentication mode=")
        #expect(truncated.value?.compilationTargetFramework == "4.8")
        #expect(truncated.value?.authenticationMode == nil)
        #expect(
            truncated.diagnostics == [
                Diagnostic(
                    .error, SourceLocation(file: "web.config", line: 4),
                    #"XML is not well-formed: AttValue: " or ' expected; facts after this point are missing"#)
            ])
    }

    @Test func recognisesWebConfigsByContent() {
        func sample(_ text: String, name: String = "web.config") -> InputSample {
            InputSample(fileName: name, prefix: Data(text.utf8))
        }
        #expect(WebConfigReader.recognizes(sample("<configuration><system.webServer/></configuration>", name: "Web.Debug.config")))
        #expect(WebConfigReader.recognizes(sample("<?xml version=\"1.0\"?><configuration><appSettings/></configuration>")))
        #expect(!WebConfigReader.recognizes(sample("<configuration><appSettings/></configuration>", name: "App.exe.config")))
        #expect(!WebConfigReader.recognizes(sample("<configuration><system.applicationHost/><system.webServer/></configuration>")))
        #expect(!WebConfigReader.recognizes(sample("<site name=\"a\"/>")))
        #expect(!WebConfigReader.recognizes(sample("<configuration><!-- <system.web> --></configuration>", name: "x.config")))
    }
}
