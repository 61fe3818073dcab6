import Foundation
import ManifestReaders
import Reports
import Testing

@Suite struct InventoryRendererTests {
    static func inventory() -> Inventory {
        let at = SourceLocation(file: "iis/applicationHost.config", line: 9)
        let site = IISSite(
            id: 1, name: "Intranet\u{1B}[2J", serverAutoStart: false,
            applications: [IISApplication(path: "/", applicationPool: "Intra", virtualDirectories: [
                IISVirtualDirectory(path: "/", physicalPath: "D:\\web", expandedPhysicalPath: "D:\\web",
                                    pathKind: .drive, drive: "D", source: at)], source: at)],
            bindings: [IISBinding(protocol: "http", bindingInformation: "*:80:intranet", ipAddress: "*", port: 80,
                                  hostHeader: "intranet", source: at)],
            source: at)
        return Inventory(
            captureName: "web01", inputs: [CapturedInput(path: "iis/applicationHost.config", kind: .applicationHostConfig, size: 10)],
            host: HostInfo(computerName: "WEB01", productName: "Windows Server 2019 Standard", installationType: "Server",
                           build: 17763, ubr: 6054, displayVersion: "1809", source: at),
            features: [WindowsFeature(name: "Web-Server", installed: true, naming: .serverManager, source: at),
                       WindowsFeature(name: "Web-Ftp-Server", installed: false, naming: .serverManager, source: at)],
            services: [WindowsService(name: "Agent", state: "Running", startMode: "Auto", account: "LocalSystem",
                                      isBuiltIn: false, source: at)],
            dotNetFrameworks: [DotNetFramework(version: "3.5", source: at), DotNetFramework(version: "4.8", release: 528049, source: at)],
            iis: IISConfiguration(source: at, sites: [site], applicationPools: [
                IISApplicationPool(name: "Intra", managedRuntimeVersion: "", managedPipelineMode: "Classic",
                                   enable32BitAppOnWin64: true, identityType: "SpecificUser", userName: "CONTOSO\\web", source: at)]),
            diagnostics: [Diagnostic(.warning, at, "something odd")])
    }

    @Test func textSummaryListsTheServerAndNeutralisesControlCharacters() throws {
        let text = try InventoryRenderer.render(Self.inventory(), as: .text)
        #expect(text == """
            Capture: web01 (1 inputs read)
            Host: WEB01, Windows Server 2019 Standard, build 17763.6054, 1809, Server
            .NET Framework: 3.5, 4.8
            IIS: 1 sites, 1 application pools
              Site "Intranet\\u{1b}[2J" (id 1, not started automatically)
                http *:80:intranet
                app /  pool Intra  D:\\web
              Pool "Intra": no managed code, Classic, 32-bit, SpecificUser CONTOSO\\web
            Services: 1 (1 added)
              Agent: Auto, Running, LocalSystem
            Features: 1 installed of 2 listed
            Programs: 0
            Workloads: site-intranet-2j, service-agent
            Diagnostics:
              iis/applicationHost.config:9: warning: something odd

            """)
    }

    @Test func jsonRoundTripsAndIsStable() throws {
        let inventory = Self.inventory()
        let json = try InventoryRenderer.render(inventory, as: .json)
        #expect(json == (try InventoryRenderer.render(inventory, as: .json)))
        let decoded = try JSONDecoder().decode(Inventory.self, from: Data(json.utf8))
        #expect(decoded == inventory)
        #expect(json.hasPrefix("{\n  \"captureName\" : \"web01\",\n"))
    }

    @Test func xmlIsTheInventoryDocument() throws {
        let xml = try InventoryRenderer.render(Self.inventory(), as: .xml)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<inventory schemaVersion=\"1\" capture=\"web01\">\n"))
    }
}
