import Testing
@testable import ManifestReaders

@Suite("CaptureLoader: assembly rules")
struct CaptureAssemblyTests {
    private let list = SourceLocation(file: "services.csv", line: 2)
    private let reg = SourceLocation(file: "registry/system.reg", line: 40)

    @Test func mergesServicesByNameFillingMissingFields() {
        let listed = [
            WindowsService(name: "OrdersSvc", displayName: "Orders", state: "Running", startMode: "Auto",
                           isBuiltIn: true, source: list),
            WindowsService(name: "w3svc", state: "Stopped", isBuiltIn: false, source: list),
        ]
        let registry = [
            WindowsService(name: "ORDERSSVC", displayName: "Orders (registry)", startMode: "Manual",
                           account: "CONTOSO\\svc", binaryPath: "D:\\Orders\\orders.exe", serviceType: "Own Process",
                           isBuiltIn: false, source: reg),
            WindowsService(name: "W3SVC", binaryPath: "C:\\Windows\\system32\\svchost.exe -k iissvcs",
                           isBuiltIn: true, source: reg),
            WindowsService(name: "HTTP", serviceType: "Kernel Driver", isBuiltIn: true, source: reg),
        ]
        #expect(ServiceMerger.merge(listed: listed, registry: registry) == [
            WindowsService(name: "HTTP", serviceType: "Kernel Driver", isBuiltIn: true, source: reg),
            WindowsService(name: "OrdersSvc", displayName: "Orders", state: "Running", startMode: "Auto",
                           account: "CONTOSO\\svc", binaryPath: "D:\\Orders\\orders.exe", serviceType: "Own Process",
                           isBuiltIn: false, source: list),
            WindowsService(name: "w3svc", state: "Stopped",
                           binaryPath: "C:\\Windows\\system32\\svchost.exe -k iissvcs", isBuiltIn: true, source: list),
        ])
    }

    @Test(arguments: [
        ("iis/webconfig/Default Web Site/web.config", "Default Web Site", "/"),
        ("iis/webconfig/Shop/api/v1/web.config", "Shop", "/api/v1"),
        ("IIS/WEBCONFIG/Shop/Web.Config", "Shop", "/"),
    ])
    func placesAWebConfigByItsPath(path: String, site: String, applicationPath: String) {
        let placement = WebConfigPlacement(path: path)
        #expect(placement?.site == site)
        #expect(placement?.applicationPath == applicationPath)
    }

    @Test(arguments: ["web.config", "iis/webconfig/web.config", "backup/iis/webconfig/Shop/web.config", "iis/Shop/web.config"])
    func leavesOtherWebConfigsUnplaced(path: String) {
        #expect(WebConfigPlacement(path: path) == nil)
    }

    @Test func sortsDotNetVersionsNumerically() {
        let versions = ["4.8.1", "10.0", "4.8", "2.0", "4.7.2", "3.5"].map {
            DotNetFramework(version: $0, source: SourceLocation(file: "registry/software.reg", line: 1))
        }
        #expect(versions.sorted(by: InventoryOrder.dotNetFrameworks).map(\.version) == [
            "2.0", "3.5", "4.7.2", "4.8", "4.8.1", "10.0",
        ])
    }

    @Test func sortsProgramsByNameVersionAndArchitecture() {
        let source = SourceLocation(file: "registry/software.reg", line: 1)
        let programs = [
            InstalledProgram(displayName: "B", version: "1", keyName: "k1", architecture: "x86", source: source),
            InstalledProgram(displayName: "A", version: "2", keyName: "k2", architecture: "x64", source: source),
            InstalledProgram(displayName: "B", version: "1", keyName: "k3", architecture: "x64", source: source),
            InstalledProgram(displayName: "A", keyName: "k4", architecture: "x64", source: source),
        ]
        #expect(programs.sorted(by: InventoryOrder.programs).map(\.keyName) == ["k4", "k2", "k3", "k1"])
    }
}
