import Analyzer
import Foundation
import Reports
import Testing

/// What the generated build contexts recreate, one test per lesson from Image2Docker's failures and
/// Windows Dockerfile practice (shared/research/ANCHORS.md).
@Suite struct DockerfileGeneratorTests {
    static func file(_ context: BuildContext, _ path: String) throws -> String {
        try #require(context.file(path), "\(context.workloadID) has no \(path)").contents
    }

    @Test func dockerfilesFollowWindowsPractice() throws {
        let context = try DockerfileFixture.context("multi-site-webfarm", "site-fabrikam-shop")
        let dockerfile = try Self.file(context, "Dockerfile")
        #expect(dockerfile.hasPrefix("# escape=`\n"))
        #expect(dockerfile.contains("\nFROM mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2025\n"))
        #expect(dockerfile.contains(#"SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]"#))
        #expect(!dockerfile.contains("ADD ") && !dockerfile.contains("http://download") && !dockerfile.contains("https://"))
        #expect(dockerfile.contains("HEALTHCHECK "))
        #expect(dockerfile.components(separatedBy: "\nRUN ").count - 1 == 2, "features and products in one RUN, setup in one")
    }

    @Test func everyBindingIsKeptWithProtocolHostAndPort() throws {
        let context = try DockerfileFixture.context("multi-site-webfarm", "site-fabrikam-shop")
        let script = try Self.file(context, "setup/configure-iis.ps1")
        #expect(script.contains("$binding = $site.Bindings.Add('*:443:shop.fabrikam.com', 'https')\n"
            + "$binding.SetAttributeValue('sslFlags', 1)\n"))
        #expect(script.contains("$site.Bindings.Add('*:80:shop.fabrikam.com', 'http') | Out-Null"))
        let dockerfile = try Self.file(context, "Dockerfile")
        #expect(dockerfile.contains("EXPOSE 80\nEXPOSE 443\n"))
    }

    @Test func aServerAddressBecomesAllAddressesAndNetTcpStays() throws {
        let context = try DockerfileFixture.context("multi-site-webfarm", "site-fabrikam-api")
        let script = try Self.file(context, "setup/configure-iis.ps1")
        #expect(script.contains("$site.Bindings.Add('*:443:', 'https') | Out-Null"))
        #expect(script.contains("was limited to the server's address 10.0.4.21"))
        #expect(script.contains("$site.Bindings.Add('808:*', 'net.tcp') | Out-Null"))
        #expect(script.contains("$application.EnabledProtocols = 'http,net.tcp'"))
        let dockerfile = try Self.file(context, "Dockerfile")
        #expect(dockerfile.contains("EXPOSE 443\nEXPOSE 808\n"))
        #expect(dockerfile.contains("Get-Service -Name W3SVC"), "https-only: the health check watches W3SVC")
    }

    @Test func httpsCertificatesComeFromMountedSecretsAtStart() throws {
        let context = try DockerfileFixture.context("intranet-aspnet48", "site-contoso-intranet")
        let start = try Self.file(context, "setup/start.ps1")
        #expect(start.contains("Set-BindingCertificate -Site 'Contoso Intranet' -BindingInformation "
            + "'*:443:intranet.contoso.local' -SslFlags 1 -Secret 'https-443-intranet.contoso.local'"))
        #expect(start.hasSuffix("& 'C:\\ServiceMonitor.exe' 'w3svc'\nexit $LASTEXITCODE\n"))
        let dockerfile = try Self.file(context, "Dockerfile")
        #expect(dockerfile.contains(#"NOTE: https needs certificates at run time"#))
        #expect(dockerfile.contains(#"ENTRYPOINT ["powershell", "-NoLogo", "-NoProfile", "-ExecutionPolicy", "Bypass", "-File", "C:\\setup\\start.ps1"]"#))
        #expect(dockerfile.contains("Invoke-WebRequest -UseBasicParsing -Uri 'http://localhost:80/'"))
    }

    @Test func poolsKeepRuntimePipelineBitnessAndIdentity() throws {
        let legacy = try Self.file(DockerfileFixture.context("multi-site-webfarm", "site-legacy-reports"), "setup/configure-iis.ps1")
        #expect(legacy.contains("""
            $pool = Get-AppPool 'LegacyReportsPool'
            $pool.ManagedRuntimeVersion = 'v2.0'
            $pool.ManagedPipelineMode = 'Classic'
            $pool.Enable32BitAppOnWin64 = $true
            """))
        #expect(legacy.contains("$application.ApplicationPoolName = 'LegacyReportsPool'"))
        #expect(!legacy.contains("'DefaultAppPool'"))
        let marketing = try Self.file(DockerfileFixture.context("multi-site-webfarm", "site-fabrikam-marketing"),
                                      "setup/configure-iis.ps1")
        #expect(marketing.contains("# managedRuntimeVersion '' is No Managed Code.\n$pool = Get-AppPool 'FabrikamMarketingPool'\n"
            + "$pool.ManagedRuntimeVersion = ''\n"))
        let api = try Self.file(DockerfileFixture.context("multi-site-webfarm", "site-fabrikam-api"), "setup/configure-iis.ps1")
        #expect(api.contains("$pool = Get-AppPool 'FabrikamOrdersPool'"))
        #expect(api.contains("$pool.ProcessModel.IdentityType = 'NetworkService'"))
    }

    @Test func aDomainPoolAccountBecomesNetworkServiceWithAGMSANote() throws {
        let context = try DockerfileFixture.context("multi-site-webfarm", "site-fabrikam-shop")
        let script = try Self.file(context, "setup/configure-iis.ps1")
        #expect(script.contains(#"On the server it ran as the domain account FABRIKAM\svc-shop."#))
        #expect(script.contains("$pool.ProcessModel.IdentityType = 'NetworkService'"))
        #expect(try Self.file(context, "Dockerfile").contains(#"NOTE: the application pool 'FabrikamShopPool' ran as the domain account FABRIKAM\svc-shop"#))
    }

    @Test func contentOnOtherDrivesAndOutsideTheSiteRootIsCopied() throws {
        let context = try DockerfileFixture.context("multi-site-webfarm", "site-fabrikam-api")
        let manifest = try Self.file(context, "content-manifest.txt")
        #expect(manifest.hasSuffix("""
            D:\\Sites\\FabrikamApi\tFabrikamApi\tC:\\inetpub\\site-fabrikam-api\\FabrikamApi
            D:\\Services\\Orders\tOrders\tC:\\inetpub\\site-fabrikam-api\\Orders

            """))
        let script = try Self.file(context, "setup/configure-iis.ps1")
        #expect(script.contains(#"$application = $site.Applications.Add('/orders', 'C:\inetpub\site-fabrikam-api\Orders')"#))
        #expect(try Self.file(context, ".dockerignore").contains("content/README.txt"))
    }

    @Test func nestedApplicationsShareTheirParentFolder() throws {
        let context = try DockerfileFixture.context("intranet-aspnet48", "site-contoso-intranet")
        let manifest = try Self.file(context, "content-manifest.txt").split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(manifest == ["C:\\inetpub\\contoso-intranet\tcontoso-intranet\tC:\\inetpub\\site-contoso-intranet\\contoso-intranet"])
        let script = try Self.file(context, "setup/configure-iis.ps1")
        #expect(script.contains(#"$site.Applications.Add('/reports', 'C:\inetpub\site-contoso-intranet\contoso-intranet\reports')"#))
    }

    @Test func uncContentBecomesAMount() throws {
        let context = try DockerfileFixture.context("multi-site-webfarm", "site-fabrikam-shop")
        let script = try Self.file(context, "setup/configure-iis.ps1")
        #expect(script.contains(#"$application.VirtualDirectories.Add('/media', 'C:\mounts\media') | Out-Null"#))
        #expect(try Self.file(context, "content-manifest.txt").contains(#"the share \\fs01.fabrikam.local\webcontent\media is mounted at C:\mounts\media"#))
        #expect(try Self.file(context, "Dockerfile").contains("New-SmbGlobalMapping"))
    }

    @Test func authenticationIsSetForTheSite() throws {
        let script = try Self.file(DockerfileFixture.context("multi-site-webfarm", "site-fabrikam-api"), "setup/configure-iis.ps1")
        #expect(script.hasSuffix("""
            Set-Authentication 'Fabrikam API' 'anonymousAuthentication' 'enabled' $false
            Set-Authentication 'Fabrikam API' 'windowsAuthentication' 'enabled' $true
            Set-WindowsAuthenticationProviders 'Fabrikam API' @('Negotiate', 'NTLM')

            $manager.CommitChanges()

            """))
    }

    @Test func modulesFromInstallersAndNetFx3ComeFromTheContext() throws {
        let context = try DockerfileFixture.context("multi-site-webfarm", "site-legacy-reports")
        let dockerfile = try Self.file(context, "Dockerfile")
        #expect(dockerfile.contains("COPY installers/ C:/installers/\nRUN Enable-WindowsOptionalFeature -Online -FeatureName NetFx3"))
        #expect(dockerfile.contains(#"'/i', 'C:\installers\IIS-URL-Rewrite-Module-2.msi', '/qn', '/norestart'"#))
        #expect(!dockerfile.contains("'NET-Framework-Core'"))
        #expect(dockerfile.contains("'Web-Net-Ext', 'Web-Asp-Net'"))
        let readme = try Self.file(context, "installers/README.txt")
        #expect(readme.contains("IIS-URL-Rewrite-Module-2.msi\n  IIS URL Rewrite Module 2") && readme.contains("netfx3/"))
        let shop = try DockerfileFixture.context("multi-site-webfarm", "site-fabrikam-shop")
        #expect(try !Self.file(shop, "Dockerfile").contains("NetFx3"))
    }

    @Test func theDefaultSiteIsRemovedAndAStoppedSiteStarts() throws {
        let script = try Self.file(DockerfileFixture.context("intranet-aspnet48", "site-default-web-site"), "setup/configure-iis.ps1")
        #expect(script.contains("$default = $manager.Sites['Default Web Site']\nif ($null -ne $default) { $manager.Sites.Remove($default) }"))
        #expect(script.contains("serverAutoStart was false on the server"))
        #expect(script.contains("$site.Name = 'Default Web Site'\n$site.ServerAutoStart = $true\n"))
    }

    @Test func aServiceKeepsItsCFolderAndItsLocalSystemAccount() throws {
        let context = try DockerfileFixture.context("intranet-aspnet48", "service-zabbix-agent")
        let dockerfile = try Self.file(context, "Dockerfile")
        #expect(dockerfile.contains(#"COPY ["content/Zabbix-Agent/", "C:/Program Files/Zabbix Agent/"]"#))
        #expect(dockerfile.contains(#"ENTRYPOINT ["powershell", "-NoLogo", "-NoProfile", "-ExecutionPolicy", "Bypass", "-File", "C:\\setup\\run-service.ps1"]"#))
        #expect(!dockerfile.contains("EXPOSE") && !dockerfile.contains("HEALTHCHECK "))
        let script = try Self.file(context, "setup/register-services.ps1")
        #expect(script.contains(#"Register-CapturedService -Name 'Zabbix Agent' -BinaryPathName '"C:\Program Files\Zabbix Agent\zabbix_agentd.exe" --config "C:\Program Files\Zabbix Agent\zabbix_agentd.conf"' -StartupType 'Automatic'"#))
        #expect(!script.contains("-Account"))
        #expect(try Self.file(context, "setup/run-service.ps1").contains("$names = @(\n    'Zabbix Agent'\n)"))
    }

    @Test func aServiceFromAnotherDriveMovesAndItsDomainAccountBecomesNetworkService() throws {
        let context = try DockerfileFixture.context("multi-site-webfarm", "service-fabrikamimageresizer")
        let script = try Self.file(context, "setup/register-services.ps1")
        #expect(script.contains(#"-BinaryPathName 'C:\app\ImageResizer\ImageResizer.exe'"#))
        #expect(script.contains(#"-Account 'NT AUTHORITY\NetworkService'"#))
        #expect(script.contains(#"domain account FABRIKAM\svc-images"#))
        #expect(try Self.file(context, "content-manifest.txt").contains("D:\\Services\\ImageResizer\tImageResizer\tC:\\app\\ImageResizer\n"))
    }

    @Test func msmqServicesInstallTheFeatureAndStartAutomatically() throws {
        let context = try DockerfileFixture.context("orders-service-msmq", "service-woodgroveorderprocessor")
        let dockerfile = try Self.file(context, "Dockerfile")
        #expect(dockerfile.contains("'MSMQ', 'MSMQ-Services', 'MSMQ-Server'"))
        #expect(dockerfile.contains(#"NOTE: MSMQ keeps its queues in C:\Windows\System32\msmq\storage"#))
        let script = try Self.file(context, "setup/register-services.ps1")
        #expect(script.contains("-StartupType 'Automatic'") && script.contains("with a delay on the server"))
        let notifier = try Self.file(DockerfileFixture.context("orders-service-msmq", "service-woodgrovenotifier"),
                                     "setup/register-services.ps1")
        #expect(notifier.contains("-StartupType 'Manual'") && notifier.contains("interact with the desktop"))
    }

    @Test func logMonitorWrapsTheEntryPoint() throws {
        let options = DockerfileOptions(logMonitor: true)
        let site = try DockerfileFixture.context("multi-site-webfarm", "site-legacy-reports", options: options)
        let dockerfile = try Self.file(site, "Dockerfile")
        #expect(dockerfile.contains(#"ENTRYPOINT ["C:\\LogMonitor\\LogMonitor.exe", "C:\\ServiceMonitor.exe", "w3svc"]"#))
        #expect(dockerfile.contains("COPY logmonitor/LogMonitor.exe logmonitor/LogMonitorConfig.json C:/LogMonitor/"))
        let config = try JSONSerialization.jsonObject(with: Data(Self.file(site, "logmonitor/LogMonitorConfig.json").utf8))
        let sources = try #require(((config as? [String: Any])?["LogConfig"] as? [String: Any])?["sources"] as? [[String: Any]])
        #expect(sources.compactMap { $0["type"] as? String } == ["EventLog", "File", "ETW"])
        let service = try DockerfileFixture.context("intranet-aspnet48", "service-zabbix-agent", options: options)
        #expect(try Self.file(service, "Dockerfile").contains(#"ENTRYPOINT ["C:\\LogMonitor\\LogMonitor.exe", "powershell", "#))
        let serviceConfig = try JSONSerialization.jsonObject(with: Data(Self.file(service, "logmonitor/LogMonitorConfig.json").utf8))
        #expect(((serviceConfig as? [String: Any])?["LogConfig"] as? [String: Any])?["sources"] as? [[String: Any]] != nil)
    }

    @Test func aPlainServerCoreImageGetsServiceMonitorFromTheContext() throws {
        let outcome = try DockerfileFixture.outcome(DockerfileFixture.example("multi-site-webfarm"))
        var workload = try #require(outcome.assessment.workloads.first { $0.workload.id == "site-fabrikam-marketing" })
        workload.plan.repository = "mcr.microsoft.com/windows/servercore"
        workload.plan.tag = "ltsc2025"
        let context = BuildContextGenerator.context(for: workload, in: outcome.assessment, options: DockerfileOptions())
        #expect(try Self.file(context, "Dockerfile").contains("COPY tools/ServiceMonitor.exe C:/ServiceMonitor.exe"))
        #expect(try Self.file(context, "tools/README.txt").contains("ServiceMonitor.exe"))
    }

    @Test func oneContainerPerServerExposesEachPortOnce() throws {
        let contexts = try DockerfileFixture.contexts(DockerfileFixture.example("multi-site-webfarm"), split: .perServer)
        let context = try #require(contexts.first)
        #expect(contexts.count == 1)
        let dockerfile = try Self.file(context, "Dockerfile")
        #expect(dockerfile.contains("EXPOSE 80\nEXPOSE 443\nEXPOSE 808\nEXPOSE 8080\n"))
        #expect(dockerfile.contains(#"RUN C:\setup\configure-iis.ps1; C:\setup\register-services.ps1"#))
        let script = try Self.file(context, "setup/configure-iis.ps1")
        #expect(script.components(separatedBy: "$site = $manager.Sites.CreateElement()").count - 1 == 5)
        let destinations = try Self.file(context, "content-manifest.txt").split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t")[1] }
        #expect(destinations.count == Set(destinations).count && destinations.count >= 7)
    }

    @Test func outputIsDeterministic() throws {
        #expect(try DockerfileFixture.allContexts() == DockerfileFixture.allContexts())
    }
}
