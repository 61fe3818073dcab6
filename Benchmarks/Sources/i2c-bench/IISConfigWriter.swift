import Analyzer
import Foundation

/// Writes a full-IIS `applicationHost.config` the way IIS lays it out (4-space indentation, CRLF,
/// `configSections`, `applicationPools`, `sites`, server-level `system.webServer`, a
/// `<location path="">` with handlers and modules, then per-site `<location>` blocks).
///
/// Sites get applications, virtual directories on C:, D:, E:, `%SystemDrive%` and UNC shares, and
/// mixed http, https (certificate hash, SNI and client-certificate `sslFlags`), net.tcp, net.pipe and
/// msmq bindings; pools vary runtime, pipeline, bitness, identity and start mode.
struct IISConfigWriter {
    let sites: Int
    let pools: Int
    var rng: SplitMix64

    /// What was written, for the generator's summary.
    struct Counts {
        var sites = 0
        var applications = 0
        var virtualDirectories = 0
        var bindings = 0
        var pools = 0
        var locations = 0
    }

    private(set) var counts = Counts()
    private var poolNames: [String] = []

    init(sites: Int, pools: Int, rng: SplitMix64) {
        self.sites = sites
        self.pools = pools
        self.rng = rng
    }

    mutating func write(to out: OutputFile) {
        out.line(#"<?xml version="1.0" encoding="UTF-8"?>"#)
        out.line("<!--")
        out.line()
        out.line("    IIS configuration sections.")
        out.line()
        out.line("    For schema documentation, see")
        out.line(#"    %windir%\system32\inetsrv\config\schema\IIS_schema.xml."#)
        out.line()
        out.line("    Please make a backup of this file before making any changes to it.")
        out.line()
        out.line("-->")
        out.line()
        out.line("<configuration>")
        out.line()
        writeConfigSections(out)
        writeProtectedData(out)
        out.line("    <system.applicationHost>")
        out.line()
        writePools(out)
        writeListeners(out)
        var locations: [String] = []
        writeSites(out, locations: &locations)
        out.line()
        out.line("        <webLimits />")
        out.line()
        out.line("    </system.applicationHost>")
        out.line()
        writeServerWebServer(out)
        writeRootLocation(out)
        for block in locations { out.write(block) }
        out.line()
        out.line("</configuration>")
    }

    // MARK: configSections

    private static let applicationHostSections = [
        "applicationPools", "configHistory", "customMetadata", "listenerAdapters", "log",
        "serviceAutoStartProviders", "sites", "webLimits",
    ]
    private static let webServerSections: [(String, String)] = [
        ("asp", "Deny"), ("caching", "Allow"), ("cgi", "Deny"), ("defaultDocument", "Allow"),
        ("directoryBrowse", "Allow"), ("fastCgi", "Deny"), ("globalModules", "Deny"), ("handlers", "Deny"),
        ("httpCompression", "Allow"), ("httpErrors", "Allow"), ("httpLogging", "Deny"), ("httpProtocol", "Allow"),
        ("httpRedirect", "Allow"), ("httpTracing", "Deny"), ("isapiFilters", "Deny"), ("modules", "Deny"),
        ("applicationInitialization", "Allow"), ("odbcLogging", "Deny"),
    ]
    private static let authenticationSections = [
        "anonymousAuthentication", "basicAuthentication", "clientCertificateMappingAuthentication",
        "digestAuthentication", "iisClientCertificateMappingAuthentication", "windowsAuthentication",
    ]

    private func writeConfigSections(_ out: OutputFile) {
        out.line("    <configSections>")
        out.line(#"        <sectionGroup name="system.applicationHost">"#)
        for name in Self.applicationHostSections {
            out.line(#"            <section name="\#(name)" allowDefinition="AppHostOnly" overrideModeDefault="Deny" />"#)
        }
        out.line("        </sectionGroup>")
        out.line()
        out.line(#"        <sectionGroup name="system.webServer">"#)
        for (name, mode) in Self.webServerSections {
            out.line(#"            <section name="\#(name)" overrideModeDefault="\#(mode)" />"#)
        }
        out.line(#"            <sectionGroup name="security">"#)
        out.line(#"                <section name="access" overrideModeDefault="Deny" />"#)
        out.line(#"                <sectionGroup name="authentication">"#)
        for name in Self.authenticationSections {
            out.line(#"                    <section name="\#(name)" overrideModeDefault="Deny" />"#)
        }
        out.line("                </sectionGroup>")
        out.line(#"                <section name="authorization" overrideModeDefault="Allow" />"#)
        out.line(#"                <section name="ipSecurity" overrideModeDefault="Deny" />"#)
        out.line(#"                <section name="requestFiltering" overrideModeDefault="Allow" />"#)
        out.line("            </sectionGroup>")
        out.line(#"            <section name="serverRuntime" overrideModeDefault="Deny" />"#)
        out.line(#"            <section name="staticContent" overrideModeDefault="Allow" />"#)
        out.line(#"            <section name="urlCompression" overrideModeDefault="Allow" />"#)
        out.line(#"            <section name="validation" overrideModeDefault="Allow" />"#)
        out.line(#"            <section name="webSocket" overrideModeDefault="Deny" />"#)
        out.line("        </sectionGroup>")
        out.line("    </configSections>")
        out.line()
    }

    private mutating func writeProtectedData(_ out: OutputFile) {
        out.line("    <configProtectedData>")
        out.line("        <providers>")
        out.line(
            #"            <add name="IISWASOnlyRsaProvider" type="" description="Uses RsaCryptoServiceProvider to encrypt and decrypt" keyContainerName="iisWasKey" cspProviderName="" useMachineContainer="true" useOAEP="false" />"#
        )
        out.line(
            #"            <add name="AesProvider" type="Microsoft.ApplicationHost.AesProtectedConfigurationProvider" description="Uses an AES session key to encrypt and decrypt" keyContainerName="iisConfigurationKey" cspProviderName="" useOAEP="false" useMachineContainer="true" sessionKey="\#(base64(256))" />"#
        )
        out.line(
            #"            <add name="IISWASOnlyAesProvider" type="Microsoft.ApplicationHost.AesProtectedConfigurationProvider" description="Uses an AES session key to encrypt and decrypt" keyContainerName="iisWasKey" cspProviderName="" useOAEP="false" useMachineContainer="true" sessionKey="\#(base64(256))" />"#
        )
        out.line("        </providers>")
        out.line("    </configProtectedData>")
        out.line()
    }

    // MARK: pools

    private static let companies = ["Contoso", "Fabrikam", "Northwind", "Tailspin", "Litware", "Adatum", "Woodgrove", "Wingtip"]
    private static let products = [
        "Shop", "Api", "Intranet", "Reports", "Portal", "Orders", "Billing", "Docs", "Crm", "Hr", "Media", "Search",
    ]

    private mutating func writePools(_ out: OutputFile) {
        out.line("        <applicationPools>")
        out.line(#"            <add name="DefaultAppPool" />"#)
        out.line(#"            <add name=".NET v4.5 Classic" managedRuntimeVersion="v4.0" managedPipelineMode="Classic" />"#)
        out.line(#"            <add name=".NET v4.5" managedRuntimeVersion="v4.0" />"#)
        poolNames = ["DefaultAppPool", ".NET v4.5 Classic", ".NET v4.5"]
        counts.pools = 3
        for index in 1...max(pools, 1) where pools > 0 {
            let name = "\(rng.pick(Self.companies))\(rng.pick(Self.products))Pool\(String(format: "%04d", index))"
            poolNames.append(name)
            counts.pools += 1
            var attributes = [attribute("name", name)]
            switch rng.below(100) {
            case ..<60: attributes.append(attribute("managedRuntimeVersion", "v4.0"))
            case ..<75: attributes.append(attribute("managedRuntimeVersion", "v2.0"))
            default: attributes.append(attribute("managedRuntimeVersion", ""))
            }
            if rng.chance(20) { attributes.append(attribute("managedPipelineMode", "Classic")) }
            if rng.chance(15) { attributes.append(attribute("enable32BitAppOnWin64", "true")) }
            if rng.chance(20) {
                attributes.append(attribute("autoStart", "true"))
                attributes.append(attribute("startMode", "AlwaysRunning"))
            }
            if rng.chance(5) { attributes.append(attribute("queueLength", "5000")) }
            let identity = rng.below(100)
            let recycles = rng.chance(25)
            if identity < 30, !recycles {
                out.line("            <add \(attributes.joined(separator: " ")) />")
                continue
            }
            out.line("            <add \(attributes.joined(separator: " "))>")
            switch identity {
            case ..<30: break
            case ..<60: out.line(#"                <processModel identityType="ApplicationPoolIdentity" />"#)
            case ..<72: out.line(#"                <processModel identityType="NetworkService" idleTimeout="00:00:00" />"#)
            case ..<77: out.line(#"                <processModel identityType="LocalSystem" />"#)
            case ..<82: out.line(#"                <processModel identityType="LocalService" />"#)
            default:
                let user = "\(rng.pick(Self.companies).uppercased())\\svc-\(name.lowercased().prefix(12))"
                out.line(
                    #"                <processModel identityType="SpecificUser" userName="\#(escape(user))" password="[enc:IISWASOnlyCngProvider:\#(base64(144)):enc]" idleTimeout="00:00:00" />"#
                )
            }
            if recycles {
                out.line("                <recycling>")
                out.line(#"                    <periodicRestart time="00:00:00">"#)
                out.line("                        <schedule>")
                out.line(#"                            <add value="0\#(rng.below(6)):\#(rng.pick(["00", "15", "30", "45"])):00" />"#)
                out.line("                        </schedule>")
                out.line("                    </periodicRestart>")
                out.line("                </recycling>")
            }
            out.line("            </add>")
        }
        out.line(#"            <applicationPoolDefaults managedRuntimeVersion="v4.0">"#)
        out.line(#"                <processModel identityType="ApplicationPoolIdentity" loadUserProfile="true" setProfileEnvironment="false" />"#)
        out.line("            </applicationPoolDefaults>")
        out.line("        </applicationPools>")
        out.line()
    }

    private func writeListeners(_ out: OutputFile) {
        out.line("        <customMetadata />")
        out.line()
        out.line("        <listenerAdapters>")
        out.line(#"            <add name="http" />"#)
        out.line(#"            <add name="net.tcp" identity="S-1-5-80-3579033775-2824656752-1522793541-1960352512-462907086" />"#)
        out.line(#"            <add name="net.pipe" identity="S-1-5-80-2943419899-937267781-4189664001-1229628381-3982115073" />"#)
        out.line(#"            <add name="net.msmq" identity="S-1-5-80-89244771-1762554971-1007993102-348796144-2203111529" />"#)
        out.line(#"            <add name="msmq.formatname" identity="S-1-5-80-89244771-1762554971-1007993102-348796144-2203111529" />"#)
        out.line("        </listenerAdapters>")
        out.line()
        out.line("        <log>")
        out.line(#"            <centralBinaryLogFile enabled="true" directory="%SystemDrive%\inetpub\logs\LogFiles" />"#)
        out.line(#"            <centralW3CLogFile enabled="true" directory="%SystemDrive%\inetpub\logs\LogFiles" />"#)
        out.line("        </log>")
        out.line()
    }

    // MARK: sites

    private static let appPaths = ["api", "reports", "admin", "orders", "uploads", "legacy", "services", "help", "cms", "sso"]

    private mutating func writeSites(_ out: OutputFile, locations: inout [String]) {
        out.line("        <sites>")
        for id in 1...max(sites, 1) where sites > 0 {
            let name: String
            let slug: String
            if id == 1 {
                name = "Default Web Site"
                slug = "wwwroot"
            } else {
                let company = rng.pick(Self.companies)
                let product = rng.pick(Self.products)
                // A few names carry characters that must be escaped in XML.
                let joiner = rng.chance(3) ? " & " : " "
                name = "\(company)\(joiner)\(product) \(String(format: "%05d", id))"
                slug = "\(company.lowercased())-\(product.lowercased())-\(id)"
            }
            counts.sites += 1
            let autoStart = id == 1 ? "false" : (rng.chance(90) ? "true" : "false")
            out.line(#"            <site name="\#(escape(name))" id="\#(id)" serverAutoStart="\#(autoStart)">"#)
            let rootPool = id == 1 ? nil : pickPool()
            writeApplication(out, path: "/", pool: rootPool, slug: slug, isDefault: id == 1)
            let extra = id == 1 ? 0 : [0, 0, 0, 0, 0, 1, 1, 1, 2, 3][rng.below(10)]
            var used: [String] = []
            for _ in 0..<extra {
                var app = rng.pick(Self.appPaths)
                if used.contains(app) { app += "\(used.count)" }
                used.append(app)
                writeApplication(out, path: "/" + app, pool: rng.chance(70) ? pickPool() : rootPool, slug: slug + "\\" + app)
            }
            out.line("                <bindings>")
            writeBindings(out, id: id, slug: slug)
            out.line("                </bindings>")
            if rng.chance(30) { out.line(#"                <logFile directory="D:\Logs\IIS\\#(slug)" />"#) }
            if rng.chance(10) {
                out.line(#"                <traceFailedRequestsLogging enabled="true" directory="D:\Logs\FailedReqLogFiles" />"#)
            }
            out.line("            </site>")
            if id > 1, rng.chance(40) { locations.append(siteLocation(name)) }
            if let app = used.first, rng.chance(15) { locations.append(applicationLocation(name, app)) }
        }
        out.line("            <siteDefaults>")
        out.line(#"                <logFile logFormat="W3C" directory="%SystemDrive%\inetpub\logs\LogFiles" />"#)
        out.line(#"                <traceFailedRequestsLogging directory="%SystemDrive%\inetpub\logs\FailedReqLogFiles" />"#)
        out.line("            </siteDefaults>")
        out.line(#"            <applicationDefaults applicationPool="DefaultAppPool" />"#)
        out.line(#"            <virtualDirectoryDefaults allowSubDirConfig="true" />"#)
        out.line("        </sites>")
    }

    private mutating func pickPool() -> String? {
        rng.chance(10) ? nil : rng.pick(poolNames)
    }

    private mutating func writeApplication(
        _ out: OutputFile, path: String, pool: String?, slug: String, isDefault: Bool = false
    ) {
        counts.applications += 1
        var attributes = [attribute("path", path)]
        if let pool { attributes.append(attribute("applicationPool", pool)) }
        if !isDefault, rng.chance(8) { attributes.append(attribute("enabledProtocols", "http,net.tcp")) }
        if !isDefault, rng.chance(5) { attributes.append(attribute("preloadEnabled", "true")) }
        out.line("                <application \(attributes.joined(separator: " "))>")
        let root = isDefault ? #"%SystemDrive%\inetpub\wwwroot"# : physicalPath(slug)
        counts.virtualDirectories += 1
        out.line(#"                    <virtualDirectory path="/" physicalPath="\#(escape(root))" />"#)
        if !isDefault, rng.chance(15) {
            counts.virtualDirectories += 1
            let share = "\\\\fs0\(rng.within(1...4)).\(rng.pick(Self.companies).lowercased()).local\\webcontent\\\(slug)\\media"
            out.line(
                #"                    <virtualDirectory path="/media" physicalPath="\#(escape(share))" userName="CORP\svc-content" password="[enc:IISCngProvider:\#(base64(96)):enc]" />"#
            )
        }
        if !isDefault, rng.chance(8) {
            counts.virtualDirectories += 1
            out.line(#"                    <virtualDirectory path="/downloads" physicalPath="E:\Downloads\\#(escape(slug))" />"#)
        }
        out.line("                </application>")
    }

    private mutating func physicalPath(_ slug: String) -> String {
        switch rng.below(100) {
        case ..<30: #"C:\inetpub\wwwroot\"# + slug
        case ..<60: #"D:\Sites\"# + slug
        case ..<75: #"%SystemDrive%\inetpub\"# + slug
        case ..<85: "\\\\fs01.corp.local\\web\\" + slug
        case ..<95: #"E:\Apps\"# + slug
        default: #"C:\Program Files\Vendor Apps\"# + slug
        }
    }

    private mutating func writeBindings(_ out: OutputFile, id: Int, slug: String) {
        if id == 1 {
            counts.bindings += 1
            out.line(#"                    <binding protocol="http" bindingInformation="*:80:" />"#)
            return
        }
        let host = "\(slug).\(rng.pick(["com", "net", "local", "org"]))"
        var wrote = 0
        if rng.chance(80) {
            out.line(#"                    <binding protocol="http" bindingInformation="*:80:\#(host)" />"#)
            wrote += 1
        }
        if rng.chance(60) {
            let flags = rng.pick(["0", "1", "1", "3"])
            let store = rng.pick(["My", "My", "WebHosting"])
            out.line(
                #"                    <binding protocol="https" bindingInformation="*:443:\#(host)" sslFlags="\#(flags)" certificateHash="\#(rng.hex(40))" certificateStoreName="\#(store)" />"#
            )
            wrote += 1
        }
        if rng.chance(10) {
            let address = "10.\(rng.below(256)).\(rng.below(256)).\(rng.within(1...254))"
            out.line(#"                    <binding protocol="http" bindingInformation="\#(address):\#(rng.pick([8080, 8081, 8443, 9000])):" />"#)
            wrote += 1
        }
        if rng.chance(3) {
            out.line(#"                    <binding protocol="http" bindingInformation="[fe80::\#(rng.hex(4).lowercased())]:80:" />"#)
            wrote += 1
        }
        if rng.chance(10) {
            out.line(#"                    <binding protocol="net.tcp" bindingInformation="\#(rng.pick([808, 809, 8088])):*" />"#)
            wrote += 1
        }
        if rng.chance(5) {
            out.line(#"                    <binding protocol="net.pipe" bindingInformation="*" />"#)
            wrote += 1
        }
        if rng.chance(3) {
            out.line(#"                    <binding protocol="net.msmq" bindingInformation="localhost" />"#)
            out.line(#"                    <binding protocol="msmq.formatname" bindingInformation="localhost" />"#)
            wrote += 2
        }
        if wrote == 0 {
            out.line(#"                    <binding protocol="http" bindingInformation="*:\#(8000 + id % 1000):" />"#)
            wrote = 1
        }
        counts.bindings += wrote
    }

    // MARK: locations

    private mutating func siteLocation(_ site: String) -> String {
        counts.locations += 1
        var text = #"    <location path="\#(escape(site))">"# + "\r\n"
        text += "        <system.webServer>\r\n"
        text += "            <security>\r\n"
        text += "                <authentication>\r\n"
        switch rng.below(4) {
        case 0:
            text += #"                    <anonymousAuthentication enabled="false" />"# + "\r\n"
            text += #"                    <windowsAuthentication enabled="true">"# + "\r\n"
            text += "                        <providers>\r\n"
            text += "                            <clear />\r\n"
            text += #"                            <add value="Negotiate" />"# + "\r\n"
            text += #"                            <add value="NTLM" />"# + "\r\n"
            text += "                        </providers>\r\n"
            text += "                    </windowsAuthentication>\r\n"
        case 1:
            text += #"                    <anonymousAuthentication userName="" />"# + "\r\n"
        case 2:
            text += #"                    <basicAuthentication enabled="true" />"# + "\r\n"
            text += #"                    <anonymousAuthentication enabled="false" />"# + "\r\n"
        default:
            text += #"                    <anonymousAuthentication enabled="false" />"# + "\r\n"
            text += #"                    <iisClientCertificateMappingAuthentication enabled="true" />"# + "\r\n"
        }
        text += "                </authentication>\r\n"
        text += "            </security>\r\n"
        if rng.chance(10) {
            text += "            <isapiFilters>\r\n"
            text += #"                <filter name="AuthFilter" path="C:\inetpub\filters\AuthFilter.dll" enabled="true" enableCache="false" preCondition="bitness32" />"#
                + "\r\n"
            text += "            </isapiFilters>\r\n"
            text += "            <handlers>\r\n"
            text += #"                <add name="LegacyIsapi" path="*.rpt" verb="GET,POST" modules="IsapiModule" scriptProcessor="C:\inetpub\filters\RptIsapi.dll" resourceType="File" requireAccess="Script" preCondition="bitness32" />"#
                + "\r\n"
            text += "            </handlers>\r\n"
        }
        text += "        </system.webServer>\r\n"
        text += "    </location>\r\n"
        return text
    }

    private mutating func applicationLocation(_ site: String, _ app: String) -> String {
        counts.locations += 1
        return #"    <location path="\#(escape(site))/\#(app)">"# + "\r\n"
            + "        <system.webServer>\r\n"
            + #"            <directoryBrowse enabled="true" />"# + "\r\n"
            + "            <security>\r\n"
            + "                <authentication>\r\n"
            + #"                    <windowsAuthentication enabled="true" />"# + "\r\n"
            + "                </authentication>\r\n"
            + "            </security>\r\n"
            + "        </system.webServer>\r\n"
            + "    </location>\r\n"
    }

    // MARK: server-level system.webServer

    private static let globalModules: [(String, String)] = [
        ("HttpLoggingModule", "loghttp.dll"), ("UriCacheModule", "cachuri.dll"), ("FileCacheModule", "cachfile.dll"),
        ("TokenCacheModule", "cachtokn.dll"), ("HttpCacheModule", "cachhttp.dll"),
        ("StaticCompressionModule", "compstat.dll"), ("DefaultDocumentModule", "defdoc.dll"),
        ("DirectoryListingModule", "dirlist.dll"), ("ProtocolSupportModule", "protsup.dll"),
        ("StaticFileModule", "static.dll"), ("AnonymousAuthenticationModule", "authanon.dll"),
        ("RequestFilteringModule", "modrqflt.dll"), ("CustomErrorModule", "custerr.dll"),
        ("WindowsAuthenticationModule", "authsspi.dll"), ("BasicAuthenticationModule", "authbas.dll"),
        ("IsapiModule", "isapi.dll"), ("IsapiFilterModule", "filter.dll"),
        ("ConfigurationValidationModule", "validcfg.dll"), ("ApplicationInitializationModule", "warmup.dll"),
        ("WebSocketModule", "iiswsock.dll"),
    ]

    private static let managedModules: [(String, String)] = [
        ("OutputCache", "System.Web.Caching.OutputCacheModule"), ("Session", "System.Web.SessionState.SessionStateModule"),
        ("WindowsAuthentication", "System.Web.Security.WindowsAuthenticationModule"),
        ("FormsAuthentication", "System.Web.Security.FormsAuthenticationModule"),
        ("DefaultAuthentication", "System.Web.Security.DefaultAuthenticationModule"),
        ("RoleManager", "System.Web.Security.RoleManagerModule"),
        ("UrlAuthorization", "System.Web.Security.UrlAuthorizationModule"),
        ("FileAuthorization", "System.Web.Security.FileAuthorizationModule"),
        ("AnonymousIdentification", "System.Web.Security.AnonymousIdentificationModule"),
        ("Profile", "System.Web.Profile.ProfileModule"), ("UrlMappingsModule", "System.Web.UrlMappingsModule"),
    ]

    private static let handlerExtensions = ["aspx", "ashx", "asmx", "axd", "svc", "rem", "soap", "cshtml", "vbhtml"]

    private func writeServerWebServer(_ out: OutputFile) {
        out.line("    <system.webServer>")
        out.line()
        out.line("        <asp />")
        out.line()
        out.line(#"        <caching enabled="true" enableKernelCache="true">"#)
        out.line("        </caching>")
        out.line()
        out.line(#"        <defaultDocument enabled="true">"#)
        out.line("            <files>")
        for file in ["Default.htm", "Default.asp", "index.htm", "index.html", "iisstart.htm", "default.aspx"] {
            out.line(#"                <add value="\#(file)" />"#)
        }
        out.line("            </files>")
        out.line("        </defaultDocument>")
        out.line()
        out.line(#"        <directoryBrowse enabled="false" />"#)
        out.line()
        out.line("        <globalModules>")
        for (name, image) in Self.globalModules {
            out.line(#"            <add name="\#(name)" image="%windir%\System32\inetsrv\\#(image)" />"#)
        }
        out.line(
            #"            <add name="ManagedEngine64" image="%windir%\Microsoft.NET\Framework64\v2.0.50727\webengine.dll" preCondition="integratedMode,runtimeVersionv2.0,bitness64" />"#
        )
        out.line(
            #"            <add name="ManagedEngineV4.0_64bit" image="%windir%\Microsoft.NET\Framework64\v4.0.30319\webengine4.dll" preCondition="integratedMode,runtimeVersionv4.0,bitness64" />"#
        )
        out.line(
            #"            <add name="ManagedEngineV4.0_32bit" image="%windir%\Microsoft.NET\Framework\v4.0.30319\webengine4.dll" preCondition="integratedMode,runtimeVersionv4.0,bitness32" />"#
        )
        out.line("        </globalModules>")
        out.line()
        out.line(#"        <isapiFilters>"#)
        out.line(
            #"            <filter name="ASP.Net_4.0_64bit" path="%windir%\Microsoft.NET\Framework64\v4.0.30319\aspnet_filter.dll" enableCache="true" preCondition="runtimeVersionv4.0,bitness64" />"#
        )
        out.line(#"        </isapiFilters>"#)
        out.line()
        out.line("        <security>")
        out.line("            <authentication>")
        out.line(#"                <anonymousAuthentication enabled="true" userName="IUSR" />"#)
        out.line(#"                <basicAuthentication enabled="false" />"#)
        out.line(#"                <windowsAuthentication enabled="false" />"#)
        out.line("            </authentication>")
        out.line(#"            <requestFiltering>"#)
        out.line(#"                <fileExtensions allowUnlisted="true" applyToWebDAV="true">"#)
        for ext in [".asa", ".asax", ".ascx", ".config", ".cs", ".csproj", ".mdb", ".resx", ".vb"] {
            out.line(#"                    <add fileExtension="\#(ext)" allowed="false" />"#)
        }
        out.line("                </fileExtensions>")
        out.line("            </requestFiltering>")
        out.line("        </security>")
        out.line()
        out.line(#"        <staticContent lockAttributes="isDocFooterFileName">"#)
        for (ext, mime) in [(".css", "text/css"), (".htm", "text/html"), (".js", "application/javascript"), (".json", "application/json"), (".png", "image/png"), (".svg", "image/svg+xml")] {
            out.line(#"            <mimeMap fileExtension="\#(ext)" mimeType="\#(mime)" />"#)
        }
        out.line("        </staticContent>")
        out.line()
        out.line("    </system.webServer>")
    }

    private func writeRootLocation(_ out: OutputFile) {
        out.line(#"    <location path="" overrideMode="Allow">"#)
        out.line("        <system.webServer>")
        out.line(#"        <modules>"#)
        for (name, _) in Self.globalModules {
            out.line(#"            <add name="\#(name)" lockItem="true" />"#)
        }
        for (name, type) in Self.managedModules {
            out.line(#"            <add name="\#(name)" type="\#(type)" preCondition="managedHandler" />"#)
        }
        out.line("        </modules>")
        out.line()
        out.line(#"        <handlers accessPolicy="Read, Script">"#)
        for ext in Self.handlerExtensions {
            out.line(
                #"            <add name="\#(ext)-Integrated-4.0" path="*.\#(ext)" verb="GET,HEAD,POST,DEBUG" type="System.Web.UI.PageHandlerFactory" preCondition="integratedMode,runtimeVersionv4.0" />"#
            )
            out.line(
                #"            <add name="\#(ext)-ISAPI-4.0_64bit" path="*.\#(ext)" verb="GET,HEAD,POST,DEBUG" modules="IsapiModule" scriptProcessor="%windir%\Microsoft.NET\Framework64\v4.0.30319\aspnet_isapi.dll" preCondition="classicMode,runtimeVersionv4.0,bitness64" responseBufferLimit="0" />"#
            )
            out.line(
                #"            <add name="\#(ext)-ISAPI-4.0_32bit" path="*.\#(ext)" verb="GET,HEAD,POST,DEBUG" modules="IsapiModule" scriptProcessor="%windir%\Microsoft.NET\Framework\v4.0.30319\aspnet_isapi.dll" preCondition="classicMode,runtimeVersionv4.0,bitness32" responseBufferLimit="0" />"#
            )
        }
        out.line(#"            <add name="TRACEVerbHandler" path="*" verb="TRACE" modules="ProtocolSupportModule" requireAccess="None" />"#)
        out.line(#"            <add name="OPTIONSVerbHandler" path="*" verb="OPTIONS" modules="ProtocolSupportModule" requireAccess="None" />"#)
        out.line(
            #"            <add name="StaticFile" path="*" verb="*" modules="StaticFileModule,DefaultDocumentModule,DirectoryListingModule" resourceType="Either" requireAccess="Read" />"#
        )
        out.line("        </handlers>")
        out.line("        </system.webServer>")
        out.line("    </location>")
    }

    // MARK: helpers

    private func attribute(_ name: String, _ value: String) -> String {
        #"\#(name)="\#(escape(value))""#
    }

    /// Escapes an attribute value with the one XML escaper the project has.
    private func escape(_ value: String) -> String {
        XMLWriter.escape(value)
    }

    private mutating func base64(_ bytes: Int) -> String {
        Data(rng.bytes(bytes)).base64EncodedString()
    }
}
