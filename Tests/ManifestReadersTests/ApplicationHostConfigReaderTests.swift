import Foundation
import Testing

@testable import ManifestReaders

@Suite struct ApplicationHostConfigReaderTests {
    private let reader = ApplicationHostConfigReader()

    /// Reads a corpus file that must read cleanly.
    private func corpus(_ name: String) throws -> IISConfiguration {
        let result = reader.read(Fixtures.corpus("iis/\(name)"))
        #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics)")
        return try #require(result.value)
    }

    private func read(_ text: String, named name: String = "applicationHost.config") throws -> ReadResult<
        IISConfiguration?
    > {
        reader.read(try Fixtures.temporaryFile(named: name, text: text))
    }

    private func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    // MARK: - The whole corpus

    @Test func everyCorpusFileIsReadCleanlyByTheReaderThatRecognisesIt() throws {
        var applicationHosts = 0
        var webConfigs = 0
        for file in try Fixtures.corpusFiles(in: "iis") {
            let sample = try #require(InputSample(url: file.url))
            let isApplicationHost = ApplicationHostConfigReader.recognizes(sample)
            let isWebConfig = WebConfigReader.recognizes(sample)
            #expect(isApplicationHost != isWebConfig, "\(file.path) is recognised by exactly one reader")
            let diagnostics: [Diagnostic]
            if isApplicationHost {
                let result = reader.read(file)
                #expect(result.value != nil, "\(file.path)")
                diagnostics = result.diagnostics
                applicationHosts += 1
            } else {
                let result = WebConfigReader().read(file)
                #expect(result.value != nil, "\(file.path)")
                diagnostics = result.diagnostics
                webConfigs += 1
            }
            // No corpus file is broken.
            #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(file.path): \(diagnostics)")
        }
        #expect(applicationHosts == 27)
        #expect(webConfigs == 8)
    }

    // MARK: - Full IIS

    @Test func largeProductionServer() throws {
        let iis = try corpus("shubham23nov_Web-Service-Health-Check__applicationHost.config")
        #expect(!iis.isExpress)
        #expect(!iis.isFragment)
        #expect(iis.sites.count == 62)
        #expect(iis.applicationPools.count == 65)
        #expect(iis.sites.flatMap(\.applications).count == 66)
        #expect(iis.sites.flatMap(\.applications).flatMap(\.virtualDirectories).count == 66)
        #expect(iis.locations.count == 65)
        #expect(iis.globalModules.count == 32)
        let pools = iis.applicationPools
        #expect(pools.filter { $0.identityType == "SpecificUser" }.count == 60)
        #expect(pools.filter(\.enable32BitAppOnWin64).count == 59)
        #expect(pools.filter { $0.managedPipelineMode == "Classic" }.count == 12)
        let bam = try #require(pools.first { $0.name == "BAMAppPool" })
        #expect(bam.userName == #"NBS-DEVWKS79\SVC_BTS"#)
        #expect(bam.identityType == "SpecificUser")
        #expect(bam.managedPipelineMode == "Classic")
        #expect(bam.enable32BitAppOnWin64)
        #expect(bam.source.line == 129)
        #expect(pools[0].name == "DefaultAppPool")
        #expect(pools[0].identityType == "ApplicationPoolIdentity")

        let bindings = iis.sites.flatMap(\.bindings)
        #expect(bindings.count == 80)
        let protocols = Dictionary(grouping: bindings, by: \.protocol).mapValues(\.count)
        #expect(protocols == ["http": 52, "https": 11, "net.tcp": 12, "net.pipe": 3, "net.msmq": 1, "msmq.formatname": 1])
        let paymentStatus = try #require(bindings.first { $0.bindingInformation == ":8085:PaymentStatus" })
        #expect(paymentStatus.protocol == "https")
        #expect(paymentStatus.ipAddress == "*")
        #expect(paymentStatus.port == 8085)
        #expect(paymentStatus.hostHeader == "PaymentStatus")
        #expect(paymentStatus.sslFlags == 0)
        #expect(paymentStatus.source == SourceLocation(file: "iis/shubham23nov_Web-Service-Health-Check__applicationHost.config", line: 972))

        // Site-level applicationDefaults apply to an application that names no pool.
        let images = try #require(iis.sites.first { $0.id == 9 })
        #expect(images.name == "ImageClearingImagesService")
        #expect(images.applications.map(\.applicationPool) == ["ImageClearingImagesServiceAppPool"])
        #expect(images.applications.map(\.enabledProtocols) == [["http", "net.tcp"]])
        #expect(images.bindings.map(\.port) == [80, 808])
        #expect(images.logDirectory == #"%SystemDrive%\inetpub\logs\LogFiles"#)
        #expect(iis.sites.first { $0.name == "TPAV" }?.logDirectory == #"%SystemDrive%\inetpub\logs\LogFiles\TPAV"#)

        #expect(iis.locations.filter { $0.authentication.windows == true }.count == 54)
        #expect(iis.locations.filter { $0.authentication.anonymous == false }.count == 46)
        #expect(iis.locations[0].rawTag == #"<location path="" overrideMode="Allow">"#)
        #expect(iis.locations[1].path == "Default Web Site/BAM")
        #expect(
            iis.locations[1].sections == [
                "system.webServer/defaultDocument", "system.webServer/directoryBrowse", "system.webServer/handlers",
                "system.webServer/security/authentication/anonymousAuthentication",
                "system.webServer/security/authentication/basicAuthentication",
                "system.webServer/security/authentication/digestAuthentication",
                "system.webServer/security/authentication/windowsAuthentication",
            ])
        #expect(iis.listenerAdapters == ["http", "net.tcp", "net.pipe", "net.msmq", "msmq.formatname"])
        #expect(iis.authentication.anonymous == true)
        #expect(iis.authentication.anonymousUserName == "IUSR")
        #expect(iis.authentication.windowsProviders == ["Negotiate", "NTLM"])

        // 60 encrypted passwords are in the file; none is read.
        let encoded = try json(iis)
        #expect(!encoded.contains("[enc:"))
        #expect(!encoded.lowercased().contains("password"))
    }

    @Test func sharedConfigurationWithPoolDefaultsAndHostHeaders() throws {
        let iis = try corpus("c1982_IIS-SharedGitConfig__applicationHost.config")
        #expect(iis.sites.map(\.name) == ["Default Web Site", "redisoncloud.com", "ikinci.com", "deneme.com"])
        #expect(iis.sites.map(\.id) == [1, 4, 5, 6])
        #expect(iis.sites.map(\.serverAutoStart) == [false, true, true, true])
        #expect(iis.sites[1].logDirectory == #"C:\vhosts\redisoncloud.com\logs"#)
        #expect(iis.sites.flatMap(\.bindings).count == 7)
        #expect(iis.sites[1].bindings.map(\.hostHeader) == ["redisoncloud.com", "www.redisoncloud.com"])
        // applicationPoolDefaults sets enable32BitAppOnWin64 for every pool.
        #expect(iis.applicationPools.count == 6)
        #expect(iis.applicationPools.allSatisfy { $0.enable32BitAppOnWin64 })
        #expect(iis.applicationPools.map(\.managedPipelineMode) == ["Integrated", "Classic", "Integrated", "Integrated", "Integrated", "Integrated"])
        #expect(iis.locations.map(\.path) == ["", "redisoncloud.com", "ikinci.com", "deneme.com"])
        #expect(iis.locations[1].sections == ["system.webServer/handlers"])
    }

    @Test func serverWithClassicPoolsLocationsAndISAPIFilters() throws {
        let iis = try corpus("KranzA_windows-powershell-scripts__IIS_applicationHost.config")
        #expect(iis.sites.count == 1)
        #expect(iis.applicationPools.map(\.name) == ["DefaultAppPool", ".NET v4.5 Classic", ".NET v4.5"])
        #expect(iis.applicationPools[1].managedPipelineMode == "Classic")
        #expect(iis.locations.map(\.rawTag) == [#"<location path="Default Web Site">"#, #"<location path="" overrideMode="Allow">"#])
        #expect(iis.locations[0].authentication.anonymousUserName == "")
        #expect(iis.locations[0].sections == ["system.webServer/security/authentication/anonymousAuthentication"])
        #expect(iis.isapiFilters.map(\.name) == ["ASP.Net_4.0_32bit", "ASP.Net_4.0_64bit"])
        #expect(iis.isapiFilters[0].path == #"%windir%\Microsoft.NET\Framework\v4.0.30319\aspnet_filter.dll"#)
        #expect(iis.isapiFilters[0].preCondition == "runtimeVersionv4.0,bitness32")
        #expect(iis.authentication.anonymousUserName == "IUSR")
        #expect(iis.sites[0].logDirectory == #"C:\inetpub\logs\LogFiles"#)
    }

    @Test func singleSiteWithHostHeaderAndListenerAdapters() throws {
        let iis = try corpus("Nordstrom_epg-interview-sysadmin__iis_applicationHost.config")
        let site = try #require(iis.sites.first)
        #expect(site.name == "mysite.example.com")
        #expect(site.logDirectory == #"C:\Logs"#)
        #expect(site.bindings.map(\.hostHeader) == ["mysite.example.com"])
        #expect(site.bindings.map(\.port) == [80])
        #expect(site.applications.map(\.applicationPool) == ["MyPool"])
        #expect(site.applications[0].virtualDirectories.map(\.expandedPhysicalPath) == [#"C:\inetpub\wwwroot\MySite"#])
        #expect(iis.listenerAdapters == ["http", "net.tcp", "net.pipe", "net.msmq", "msmq.formatname"])
    }

    @Test func image2DockerSourceServerPools() throws {
        let iis = try corpus("RedHatSE_windowcontainertest__config_applicationHost.config")
        #expect(iis.applicationPools.map(\.name) == ["DefaultAppPool", "Classic .NET AppPool", ".NET v2.0 Classic", ".NET v2.0", ".NET v4.5 Classic", ".NET v4.5"])
        #expect(iis.applicationPools.map(\.managedRuntimeVersion) == ["v4.0", "v2.0", "v2.0", "v2.0", "v4.0", "v4.0"])
        #expect(iis.applicationPools.map(\.managedPipelineMode) == ["Integrated", "Classic", "Classic", "Integrated", "Classic", "Integrated"])
        #expect(iis.globalModules.count == 40)
        let root = try #require(iis.sites.first?.applications.first?.virtualDirectories.first)
        #expect(root.physicalPath == #"%SystemDrive%\inetpub\wwwroot"#)
        #expect(root.expandedPhysicalPath == #"C:\inetpub\wwwroot"#)
        #expect(root.pathKind == .drive)
        #expect(root.drive == "C")
    }

    @Test func aspNetCoreServerWithNetworkServicePool() throws {
        let iis = try corpus("collinsauve_AspNetCoreTest__iis_applicationHost.config")
        let pool = try #require(iis.applicationPools.first)
        #expect(iis.applicationPools.count == 1)
        #expect(pool.name == "Default Application Pool")
        #expect(pool.identityType == "NetworkService")
        #expect(pool.startMode == "AlwaysRunning")
        #expect(pool.autoStart)
        #expect(iis.sites.map(\.name) == ["www"])
        #expect(iis.sites[0].applications[0].applicationPool == "Default Application Pool")
        let core = iis.globalModules.filter { $0.name.hasPrefix("AspNetCoreModule") }
        #expect(core.map(\.image) == [#"%SystemRoot%\system32\inetsrv\aspnetcore.dll"#, #"%ProgramFiles%\IIS\Asp.Net Core Module\V2\aspnetcorev2.dll"#])
    }

    @Test func httpsServerWithNoManagedCodePool() throws {
        let iis = try corpus("coso-configuration_supernova__applicationHost_SSL.config")
        let pool = try #require(iis.applicationPools.first)
        #expect(pool.managedRuntimeVersion == "")
        #expect(pool.managedPipelineMode == "Classic")
        #expect(pool.enable32BitAppOnWin64)
        let site = try #require(iis.sites.first)
        #expect(site.bindings.map(\.protocol) == ["https"])
        #expect(site.bindings.map(\.hostHeader) == ["*.cosoluce.fr"])
        #expect(site.bindings.map(\.port) == [443])
        #expect(site.applications.map(\.path) == ["/", "/api"])
        // The root application names no pool: the server-level applicationDefaults decides.
        #expect(site.applications.map(\.applicationPool) == ["DefaultAppPool", "DefaultAppPool"])
        #expect(site.applications[0].virtualDirectories.map(\.path) == ["/", "/cdn"])
        #expect(site.applications[0].virtualDirectories.map(\.drive) == ["D", "D"])
    }

    @Test func nonHTTPBindings() throws {
        let iis = try corpus("bensport0007_CashFlowManager__CFGHISTORY_0000000003_applicationHost.config")
        let bindings = try #require(iis.sites.first?.bindings)
        #expect(bindings.map(\.protocol) == ["http", "net.tcp", "net.msmq", "msmq.formatname", "net.pipe"])
        #expect(bindings.map(\.bindingInformation) == ["*:80:", "808:*", "localhost", "localhost", "*"])
        #expect(bindings.map(\.port) == [80, 808, nil, nil, nil])
        #expect(bindings.map(\.ipAddress) == ["*", nil, nil, nil, nil])
        #expect(bindings.map(\.hostHeader) == ["", nil, nil, nil, nil])
        #expect(bindings.map(\.source.line) == [173, 174, 175, 176, 177])
        #expect(iis.locations.isEmpty)
    }

    @Test func severalBindingsPerSiteAndASpecificIP() throws {
        let iis = try corpus("paxromana42_jimgym-fitness__CFGHISTORY_0000000013_applicationHost.config")
        #expect(iis.sites.map(\.name) == ["Default Web Site", "jimgym", "jimgymstore"])
        #expect(iis.sites.map(\.serverAutoStart) == [false, true, true])
        #expect(iis.sites.map(\.bindings.count) == [1, 3, 1])
        #expect(iis.sites[1].bindings.map(\.ipAddress) == ["*", "*", "192.168.1.2"])
        #expect(iis.sites[1].bindings.map(\.hostHeader) == ["www.jimgym.fitness", "localhost", ""])
        #expect(iis.applicationPools.map(\.name) == ["DefaultAppPool", "JimGym", "jimgymstore"])
        #expect(iis.locations.isEmpty)
    }

    @Test func nearDefaultServers() throws {
        let malikcoop = try corpus("malikcoop_IIS__CFGHISTORY_0000000007_applicationHost.config")
        #expect(malikcoop.applicationPools.map(\.managedRuntimeVersion) == ["", "v4.0"])
        #expect(malikcoop.sites[1].bindings.map(\.bindingInformation) == ["*:888:mydomain.lk"])

        let truonghx = try corpus("truonghx147_Test__applicationHost.config")
        #expect(truonghx.sites.map(\.name) == ["Default Web Site", "Test Site"])
        #expect(truonghx.sites.map(\.serverAutoStart) == [false, true])
        #expect(truonghx.sites[1].applications.map(\.applicationPool) == ["Test Site"])
        #expect(truonghx.applicationPools.count == 3)
        #expect(truonghx.locations.isEmpty)
        #expect(truonghx.modules.count == 10)

        let junish = try corpus("v-junish_etc__applicationHost.config")
        #expect(junish.sites[0].applications.map(\.path) == ["/", "/001"])
        #expect(junish.sites[0].applications.map(\.applicationPool) == ["DefaultAppPool", "DefaultAppPool"])

        let jaime = try corpus("jaimeparramilic_PROYECTO1-INGRESOS__applicationHost.config")
        #expect(jaime.sites[0].bindings.count == 5)
        #expect(jaime.sites[0].applications.map(\.path) == ["/", "/syncfusion_payc"])
        #expect(jaime.applicationPools.count == 6)
    }

    @Test func tinyPartialConfiguration() throws {
        let iis = try corpus("karthickvkumar_docker-react__applicationHost_tiny.config")
        #expect(!iis.isFragment)
        #expect(iis.source.line == 1)
        #expect(iis.sites.count == 1)
        #expect(iis.sites[0].bindings.map(\.port) == [8085])
        #expect(iis.sites[0].applications.map(\.applicationPool) == ["DefaultAppPool"])
        #expect(iis.sites[0].logDirectory == nil)
        #expect(iis.applicationPools.isEmpty)
    }

    // MARK: - Fragment

    @Test func fragmentKeepsUnknownVariablesUnresolved() throws {
        let iis = try corpus("gustavoesteves_docs-in-general__applicationHost_fragment.config")
        #expect(iis.isFragment)
        #expect(!iis.isExpress)
        let site = try #require(iis.sites.first)
        #expect(iis.sites.count == 1)
        #expect(site.id == 1)
        #expect(site.name == "Default Web Site")
        #expect(site.applications.count == 103)
        let directories = site.applications.flatMap(\.virtualDirectories)
        #expect(directories.count == 120)
        #expect(directories.filter { $0.pathKind == .unresolved }.count == 110)
        let common = try #require(directories.first { $0.path == "/Common" })
        #expect(common.physicalPath == #"%CURRENT_WATTSPATH%\Common"#)
        #expect(common.expandedPhysicalPath == #"%CURRENT_WATTSPATH%\Common"#)
        #expect(common.drive == nil)
        #expect(directories[0].expandedPhysicalPath == #"C:\inetpub\wwwroot"#)
        #expect(site.applications[2].enabledProtocols == ["http", "net.tcp", "net.pipe"])
        #expect(site.applications[2].applicationPool == "Desenvolvedor")
        // No applicationDefaults in a fragment: the IIS default pool.
        #expect(site.applications[0].applicationPool == "DefaultAppPool")
        #expect(site.bindings.map(\.protocol) == ["http", "net.tcp", "net.msmq", "msmq.formatname", "net.pipe"])
        #expect(site.bindings[1].port == 808)
    }

    // MARK: - IIS Express and UTF-8 BOM files

    @Test(arguments: [
        ("InformationHub_InformationHub__IISExpress_applicationhost.config", 4),
        ("MarkKharitonov_wcf-to-corewcf__applicationhost.config", 3),
        ("adamjmoon_SqlReportManager__applicationhost.config", 1),
        ("apurvashepal_Database__IISExpress_applicationhost.config", 20),
        ("asimshah_Agents__applicationhost.config", 2),
        ("macfarmw_dotnetcoreiis__IIS_applicationhost.config", 2),
        ("priverasuarez_ServiciosWeb__vs_applicationhost.config", 2),
        ("shahzadthathal_RideSafePk__IISExpress_applicationhost.config", 12),
    ])
    func iisExpressFiles(name: String, sites: Int) throws {
        let iis = try corpus(name)
        #expect(iis.isExpress)
        #expect(iis.sites.count == sites)
        #expect(iis.applicationPools.filter { $0.name == "UnmanagedClassicAppPool" }.map(\.managedRuntimeVersion) == [""])
        #expect(iis.globalModules.contains { $0.image?.hasPrefix("%IIS_BIN%") == true })
    }

    @Test(arguments: [
        "KranzA_windows-powershell-scripts__IIS_applicationHost.config",
        "Nordstrom_epg-interview-sysadmin__iis_applicationHost.config",
        "RedHatSE_windowcontainertest__config_applicationHost.config",
        "bensport0007_CashFlowManager__CFGHISTORY_0000000003_applicationHost.config",
        "c1982_IIS-SharedGitConfig__applicationHost.config",
        "collinsauve_AspNetCoreTest__iis_applicationHost.config",
        "coso-configuration_supernova__applicationHost_SSL.config",
        "gustavoesteves_docs-in-general__applicationHost_fragment.config",
        "jaimeparramilic_PROYECTO1-INGRESOS__applicationHost.config",
        "karthickvkumar_docker-react__applicationHost_tiny.config",
        "malikcoop_IIS__CFGHISTORY_0000000007_applicationHost.config",
        "paxromana42_jimgym-fitness__CFGHISTORY_0000000013_applicationHost.config",
        "phamhoai0404_TSD_PHP_XEM__CFGHISTORY_0000000011_applicationHost.config",
        "priverasuarez_ServiciosWeb__CFGHISTORY_0000000006_applicationHost.config",
        "senteapressao_lunia31__CFGHISTORY_0000000011_applicationHost.config",
        "shubham23nov_Web-Service-Health-Check__applicationHost.config",
        "truonghx147_Test__applicationHost.config",
        "v-junish_etc__applicationHost.config",
        "virtualdesktopdevops_xd7director__files_applicationHost.config",
    ])
    func fullIISFilesAreNotExpress(name: String) throws {
        #expect(!(try corpus(name)).isExpress)
    }

    @Test func iisExpressSiteDetails() throws {
        let hub = try corpus("InformationHub_InformationHub__IISExpress_applicationhost.config")
        let website1 = try #require(hub.sites.first)
        #expect(website1.name == "WebSite1")
        #expect(website1.bindings.map(\.bindingInformation) == [":8080:localhost"])
        #expect(website1.bindings.map(\.ipAddress) == ["*"])
        #expect(website1.logDirectory == #"%IIS_USER_HOME%\Logs"#)
        let root = try #require(website1.applications.first?.virtualDirectories.first)
        #expect(root.physicalPath == #"%IIS_SITES_HOME%\WebSite1"#)
        #expect(root.pathKind == .unresolved)
        #expect(hub.sites.map(\.applications[0].applicationPool) == Array(repeating: "Clr4IntegratedAppPool", count: 4))

        let macfarmw = try corpus("macfarmw_dotnetcoreiis__IIS_applicationhost.config")
        let location = try #require(macfarmw.locations.last)
        #expect(location.rawTag == #"<location path="dotnetcoreiis">"#)
        #expect(location.authentication.windows == true)
        #expect(location.authentication.anonymous == false)
        #expect(location.authentication.source?.line == 988)
        #expect(
            location.sections == [
                "system.webServer/aspNetCore", "system.webServer/handlers",
                "system.webServer/security/authentication/anonymousAuthentication",
                "system.webServer/security/authentication/windowsAuthentication",
            ])
    }

    @Test func utf8BOMFiles() throws {
        let mark = try corpus("MarkKharitonov_wcf-to-corewcf__applicationhost.config")
        #expect(mark.applicationPools.count == 7)
        #expect(mark.applicationPools.map(\.name).suffix(2) == ["CoreWCF.SampleService AppPool", "api AppPool"])
        #expect(mark.locations.map(\.inheritInChildApplications) == [nil, false, false])
        #expect(mark.locations[1].rawTag == #"<location path="api" inheritInChildApplications="false">"#)
        #expect(mark.sites[0].logDirectory == #"%AppData%\Microsoft\IISExpressLogs"#)

        let agents = try corpus("asimshah_Agents__applicationhost.config")
        #expect(agents.sites[1].bindings.map(\.hostHeader) == ["localhost", "192.168.0.106"])
        #expect(agents.sites[1].bindings.map(\.port) == [56239, 56239])
        #expect(agents.sites[1].source.line == 158)

        let vs = try corpus("priverasuarez_ServiciosWeb__vs_applicationhost.config")
        #expect(vs.sites[1].bindings.map(\.protocol) == ["http", "https"])
        #expect(vs.sites[1].bindings.map(\.port) == [54163, 44382])
        #expect(vs.sites[1].source.line == 157)
    }

    // MARK: - Inheritance and values

    @Test func appliesDefaultsAtEveryLevelInIISOrder() throws {
        let result = try read(
            """
            <configuration>
              <system.applicationHost>
                <applicationPools>
                  <add name="Inherits" />
                  <add name="Own" managedRuntimeVersion="v2.0" managedPipelineMode="Classic" enable32BitAppOnWin64="false" autoStart="false" startMode="AlwaysRunning">
                    <processModel identityType="LocalSystem" password="secret" />
                  </add>
                  <applicationPoolDefaults managedRuntimeVersion="" enable32BitAppOnWin64="true">
                    <processModel identityType="SpecificUser" userName="CONTOSO\\svc" password="[enc:AesProvider:x:enc]" />
                  </applicationPoolDefaults>
                </applicationPools>
                <sites>
                  <site name="A" id="1">
                    <application path="/" preloadEnabled="true">
                      <virtualDirectoryDefaults userName="appUser" />
                      <virtualDirectory path="/" physicalPath="\\\\files\\a" />
                      <virtualDirectory path="/own" physicalPath="\\\\files\\own" userName="ownUser" />
                    </application>
                    <application path="/api" applicationPool="ApiPool" enabledProtocols=" https , net.tcp ">
                      <virtualDirectory path="/" physicalPath="C:\\api" />
                    </application>
                    <logFile directory="D:\\logs\\a" />
                    <applicationDefaults applicationPool="SitePool" />
                    <virtualDirectoryDefaults userName="siteUser" />
                  </site>
                  <site name="B" id="2">
                    <application path="/">
                      <virtualDirectory path="/" physicalPath="C:\\b" />
                    </application>
                  </site>
                  <siteDefaults serverAutoStart="false">
                    <logFile directory="%SystemDrive%\\logs" />
                  </siteDefaults>
                  <applicationDefaults enabledProtocols="http,net.pipe" preloadEnabled="false" />
                  <virtualDirectoryDefaults userName="serverUser" />
                </sites>
              </system.applicationHost>
            </configuration>
            """)
        #expect(result.diagnostics.isEmpty)
        let iis = try #require(result.value)
        let inherits = iis.applicationPools[0]
        #expect(inherits.managedRuntimeVersion == "")
        #expect(inherits.enable32BitAppOnWin64)
        #expect(inherits.identityType == "SpecificUser")
        #expect(inherits.userName == #"CONTOSO\svc"#)
        #expect(inherits.managedPipelineMode == "Integrated")
        #expect(inherits.autoStart)
        #expect(inherits.startMode == "OnDemand")
        let own = iis.applicationPools[1]
        #expect(own.managedRuntimeVersion == "v2.0")
        #expect(own.managedPipelineMode == "Classic")
        #expect(!own.enable32BitAppOnWin64)
        #expect(own.identityType == "LocalSystem")
        #expect(!own.autoStart)
        #expect(own.startMode == "AlwaysRunning")
        #expect(own.source.line == 5)

        let (a, b) = (iis.sites[0], iis.sites[1])
        #expect(a.serverAutoStart == false)
        #expect(a.logDirectory == #"D:\logs\a"#)
        #expect(b.logDirectory == #"%SystemDrive%\logs"#)
        #expect(a.applications.map(\.applicationPool) == ["SitePool", "ApiPool"])
        #expect(a.applications.map(\.enabledProtocols) == [["http", "net.pipe"], ["https", "net.tcp"]])
        #expect(a.applications.map(\.preloadEnabled) == [true, false])
        #expect(a.applications[0].virtualDirectories.map(\.userName) == ["appUser", "ownUser"])
        #expect(a.applications[0].virtualDirectories[0].pathKind == .unc)
        #expect(a.applications[1].virtualDirectories.map(\.userName) == ["siteUser"])
        #expect(b.applications.map(\.applicationPool) == ["DefaultAppPool"])
        #expect(b.applications[0].virtualDirectories.map(\.userName) == ["serverUser"])

        let encoded = try json(iis)
        #expect(!encoded.contains("secret"))
        #expect(!encoded.contains("[enc:"))
    }

    @Test func schemaDefaultsWhenNothingIsSet() throws {
        let iis = try #require(
            try read(
                #"<configuration><system.applicationHost><applicationPools><add name="P"/></applicationPools><sites><site name="S"><application path="/"/></site></sites></system.applicationHost></configuration>"#
            ).value)
        #expect(iis.applicationPools == [IISApplicationPool(name: "P", source: iis.applicationPools[0].source)])
        #expect(iis.sites[0].id == nil)
        #expect(iis.sites[0].serverAutoStart)
        #expect(iis.sites[0].applications[0].applicationPool == "DefaultAppPool")
        #expect(iis.sites[0].applications[0].enabledProtocols == ["http"])
        #expect(iis.sites[0].applications[0].preloadEnabled == nil)
    }

    @Test func readsBindingCertificatesAndFlags() throws {
        let iis = try #require(
            try read(
                """
                <configuration><system.applicationHost><sites><site name="S" id="1"><bindings>
                  <binding protocol="https" bindingInformation="[::1]:443:shop.contoso.com" sslFlags="3" certificateHash="ab12cd" certificateStoreName="WebHosting" />
                  <binding protocol="gopher" bindingInformation="anything" />
                </bindings></site></sites></system.applicationHost></configuration>
                """
            ).value)
        let https = iis.sites[0].bindings[0]
        #expect(https.ipAddress == "[::1]")
        #expect(https.port == 443)
        #expect(https.hostHeader == "shop.contoso.com")
        #expect(https.sslFlags == 3)
        #expect(https.certificateHash == "ab12cd")
        #expect(https.certificateStoreName == "WebHosting")
        #expect(https.source.line == 2)
        let unknown = iis.sites[0].bindings[1]
        #expect(unknown.protocol == "gopher")
        #expect(unknown.bindingInformation == "anything")
        #expect(unknown.port == nil)
    }

    @Test func readsBooleansAndNumbersInAnyCaseAndWithBlanks() throws {
        let result = try read(
            """
            <configuration><system.applicationHost><sites>
              <site name="A" id=" 7 " serverAutoStart="FALSE" />
              <site name="B" id="+8" serverAutoStart=" True\t" />
              <site name="C" id="0009" serverAutoStart="tRuE" />
            </sites></system.applicationHost></configuration>
            """)
        let sites = try #require(result.value?.sites)
        #expect(sites.map(\.id) == [7, 8, 9])
        #expect(sites.map(\.serverAutoStart) == [false, true, true])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func warnsAboutValuesOfTheWrongTypeWithTheirLines() throws {
        let result = try read(
            """
            <configuration><system.applicationHost><sites>
              <site name="S" id="one" serverAutoStart="yes">
                <bindings>
                  <binding protocol="http" bindingInformation="*:eighty:" sslFlags="Sni" />
                  <binding protocol="https" bindingInformation="nohost" />
                </bindings>
              </site>
            </sites></system.applicationHost></configuration>
            """)
        let site = try #require(result.value?.sites.first)
        #expect(site.id == nil)
        #expect(site.serverAutoStart)
        #expect(site.bindings.map(\.port) == [nil, nil])
        #expect(site.bindings.count == 2)
        let location = { SourceLocation(file: "applicationHost.config", line: $0) }
        #expect(
            result.diagnostics == [
                Diagnostic(.warning, location(2), #"<site> attribute id="one" is not a whole number; it was ignored"#),
                Diagnostic(.warning, location(2), #"<site> attribute serverAutoStart="yes" is not true or false; it was ignored"#),
                Diagnostic(.warning, location(4), #"<binding> attribute sslFlags="Sni" is not a whole number; it was ignored"#),
                Diagnostic(
                    .warning, location(4),
                    #"<binding> bindingInformation="*:eighty:" has a port ("eighty") that is not a whole number from 0 to 65535; the port was ignored"#
                ),
                Diagnostic(.warning, location(5), #"<binding> bindingInformation="nohost" is not in the form IP:port:host"#),
            ].sorted())
    }

    @Test func readsServerLevelModulesHandlersFiltersAndAuthentication() throws {
        let result = try read(
            """
            <configuration>
              <system.webServer>
                <globalModules>
                  <add name="UriCacheModule" image="%windir%\\System32\\inetsrv\\cachuri.dll" />
                  <add name="RewriteModule" image="%SystemRoot%\\system32\\inetsrv\\rewrite.dll" preCondition="bitness64" />
                </globalModules>
                <isapiFilters>
                  <filter name="F" path="C:\\f.dll" enabled="false" enableCache="true" preCondition="bitness32" />
                </isapiFilters>
                <security>
                  <authentication>
                    <anonymousAuthentication enabled="true" userName="IUSR" password="pw" />
                    <basicAuthentication />
                    <windowsAuthentication enabled="true">
                      <providers><add value="Negotiate" /><add value="NTLM" /><remove value="Negotiate" /></providers>
                    </windowsAuthentication>
                  </authentication>
                </security>
              </system.webServer>
              <location path="" overrideMode="Allow">
                <system.webServer>
                  <modules>
                    <add name="StaticFileModule" lockItem="true" />
                    <add name="FormsAuthentication" type="System.Web.Security.FormsAuthenticationModule" preCondition="managedHandler" />
                    <remove name="WebDAVModule" />
                    <clear />
                  </modules>
                  <handlers accessPolicy="Read, Script">
                    <add name="PHP" path="*.php" verb="GET,POST" modules="FastCgiModule" scriptProcessor="C:\\php\\php-cgi.exe" resourceType="Either" />
                    <remove name="WebDAV" />
                  </handlers>
                  <security><authentication><digestAuthentication enabled="true" /></authentication></security>
                </system.webServer>
              </location>
              <location path="Default Web Site/a&amp;b" overrideMode="Deny" inheritInChildApplications="false">
                <system.webServer>
                  <modules><add name="NotServerLevel" /></modules>
                  <security><authentication><basicAuthentication enabled="true" /></authentication></security>
                </system.webServer>
              </location>
            </configuration>
            """)
        #expect(result.diagnostics.isEmpty)
        let iis = try #require(result.value)
        #expect(iis.globalModules.map(\.name) == ["UriCacheModule", "RewriteModule"])
        #expect(iis.globalModules[1].preCondition == "bitness64")
        #expect(iis.isapiFilters == [IISISAPIFilter(name: "F", path: #"C:\f.dll"#, enabled: false, enableCache: true, preCondition: "bitness32", source: SourceLocation(file: "applicationHost.config", line: 8))])
        #expect(iis.modules.map(\.name) == ["StaticFileModule", "FormsAuthentication", "WebDAVModule"])
        #expect(iis.modules.map(\.removed) == [false, false, true])
        #expect(iis.modules[1].type == "System.Web.Security.FormsAuthenticationModule")
        #expect(iis.handlers.map(\.name) == ["PHP", "WebDAV"])
        #expect(iis.handlers[0].scriptProcessor == #"C:\php\php-cgi.exe"#)
        #expect(iis.handlers[0].modules == "FastCgiModule")
        #expect(iis.handlers[1].removed)
        #expect(
            iis.authentication
                == IISAuthentication(
                    anonymous: true, anonymousUserName: "IUSR", windows: true, windowsProviders: ["NTLM"], digest: true,
                    source: SourceLocation(file: "applicationHost.config", line: 12)))
        #expect(iis.locations.count == 2)
        let site = iis.locations[1]
        #expect(site.path == "Default Web Site/a&b")
        #expect(site.overrideMode == "Deny")
        #expect(site.inheritInChildApplications == false)
        #expect(site.rawTag == #"<location path="Default Web Site/a&amp;b" overrideMode="Deny" inheritInChildApplications="false">"#)
        #expect(site.sections == ["system.webServer/modules", "system.webServer/security/authentication/basicAuthentication"])
        #expect(site.authentication.basic == true)
        #expect(iis.authentication.basic == nil)
        #expect(!(try json(iis)).contains("\"pw\""))
    }

    @Test func sectionGroupsDeclaredInTheFileShapeLocationSections() throws {
        let iis = try #require(
            try read(
                """
                <configuration>
                  <configSections>
                    <sectionGroup name="system.webServer">
                      <sectionGroup name="advancedLogging"><section name="server" /></sectionGroup>
                    </sectionGroup>
                  </configSections>
                  <system.applicationHost />
                  <location path="S">
                    <system.webServer><advancedLogging><server enabled="true" /></advancedLogging><rewrite><rules /></rewrite></system.webServer>
                    <appSettings />
                  </location>
                </configuration>
                """
            ).value)
        #expect(iis.locations[0].sections == ["appSettings", "system.webServer/advancedLogging/server", "system.webServer/rewrite/rules"])
    }

    // MARK: - Broken input

    @Test func truncatedFileKeepsTheSitesBeforeTheBreak() throws {
        let text = try String(
            contentsOf: Fixtures.corpus("iis/paxromana42_jimgym-fitness__CFGHISTORY_0000000013_applicationHost.config").url,
            encoding: .utf8)
        let cut = String(text.prefix(upTo: try #require(text.range(of: "<site name=\"jimgymstore\"")).upperBound))
        let result = try read(cut)
        let iis = try #require(result.value)
        #expect(iis.sites.map(\.name) == ["Default Web Site", "jimgym"])
        #expect(iis.applicationPools.count == 3)
        #expect(
            result.diagnostics == [
                Diagnostic(
                    .error, SourceLocation(file: "applicationHost.config", line: 184),
                    "XML is not well-formed: attributes construct error; facts after this point are missing")
            ])
    }

    @Test func wrongEncodingIsReportedWithItsLine() throws {
        var bytes = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration>\n  <system.applicationHost>\n    <sites>\n".utf8)
        bytes += Data((1...30).map { "      <site name=\"Site\($0)\" id=\"\($0)\" />\n" }.joined().utf8)
        bytes += Data("      <site name=\"Caf".utf8) + Data([0xE9]) + Data("\" id=\"99\" />\n    </sites>\n  </system.applicationHost>\n</configuration>\n".utf8)
        let result = reader.read(try Fixtures.temporaryFile(named: "applicationHost.config", bytes: bytes))
        let iis = try #require(result.value)
        #expect(iis.sites.count >= 10)
        #expect(iis.sites.allSatisfy { $0.name.hasPrefix("Site") })
        #expect(
            result.diagnostics == [
                Diagnostic(
                    .error, SourceLocation(file: "applicationHost.config", line: 35),
                    "XML text is not valid in its encoding: Input is not proper UTF-8, indicate encoding ! Bytes: 0xE9 0x22 0x20 0x69; facts after this point are missing"
                )
            ])
    }

    @Test func utf16FileWithoutDeclarationIsRead() throws {
        let text = #"<configuration><system.applicationHost><sites><site name="Ünïcode" id="7" /></sites></system.applicationHost></configuration>"#
        let result = reader.read(try Fixtures.temporaryFile(named: "applicationHost.config", bytes: text.data(using: .utf16LittleEndian)!))
        #expect(result.diagnostics.isEmpty)
        #expect(result.value?.sites.map(\.name) == ["Ünïcode"])
    }

    @Test func otherRootsAreNotIISConfigurations() throws {
        let result = try read("<?xml version=\"1.0\"?>\n<project><site name=\"x\" /></project>\n")
        #expect(result.value == nil)
        #expect(
            result.diagnostics == [
                Diagnostic(
                    .error, SourceLocation(file: "applicationHost.config", line: 2),
                    "the root element is <project>, not <configuration>, <system.applicationHost>, <sites> or <site>; the file was not read as an IIS configuration"
                )
            ])
        let notXML = try read("just text")
        #expect(notXML.value == nil)
        #expect(notXML.diagnostics.map(\.severity) == [.error])
    }

    // MARK: - Recognition

    @Test func recognisesByContentNotName() {
        func sample(_ text: String, name: String = "anything.xml") -> InputSample {
            InputSample(fileName: name, prefix: Data(text.utf8))
        }
        #expect(ApplicationHostConfigReader.recognizes(sample("<?xml version=\"1.0\"?>\n<!-- <web> -->\n<configuration>\n<system.applicationHost/></configuration>")))
        #expect(ApplicationHostConfigReader.recognizes(sample(#"<configuration><configSections><sectionGroup name="system.applicationHost">"#)))
        #expect(ApplicationHostConfigReader.recognizes(sample("<site name=\"a\" id=\"1\"><application path=\"/\"/></site>")))
        #expect(ApplicationHostConfigReader.recognizes(sample("  <sites>\n<site/></sites>")))
        #expect(ApplicationHostConfigReader.recognizes(sample("<system.applicationHost><sites/></system.applicationHost>")))
        #expect(!ApplicationHostConfigReader.recognizes(sample("<configuration><system.webServer/></configuration>", name: "applicationHost.config")))
        #expect(!ApplicationHostConfigReader.recognizes(sample("<!-- <system.applicationHost> --><configuration><system.web/></configuration>")))
        #expect(!ApplicationHostConfigReader.recognizes(sample("Windows Registry Editor Version 5.00")))
        #expect(!ApplicationHostConfigReader.recognizes(sample("")))
    }
}
