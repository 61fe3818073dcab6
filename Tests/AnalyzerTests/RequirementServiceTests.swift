import Analyzer
import ManifestReaders
import Testing

/// Service rules: the identity type from the account, the program's location and bitness, and MSMQ.
@Suite struct RequirementServiceTests {
    static let source = ManifestReaders.SourceLocation(file: "services.csv", line: 7)

    static func requirements(account: String? = nil, binaryPath: String? = nil, features: [ManifestReaders.WindowsFeature] = [],
                             services: [WindowsService] = []) -> WorkloadRequirements {
        let service = WindowsService(name: "App", account: account, binaryPath: binaryPath, serviceType: "Own Process",
                                     isBuiltIn: false, source: source)
        let inventory = Inventory(
            captureName: "fixture", host: HostInfo(computerName: "APP01", source: ManifestReaders.SourceLocation(file: "r.reg", line: 1)),
            features: features, services: [service] + services)
        let workload = Workload(id: "service-app", kind: .windowsService, name: "App", source: source)
        return RequirementDeriver.requirements(for: workload, in: inventory)
    }

    @Test(arguments: [
        (nil as String?, "LocalSystem", false), ("LocalSystem", "LocalSystem", false),
        (#"NT AUTHORITY\NetworkService"#, "NetworkService", false),
        (#"NT AUTHORITY\LocalService"#, "LocalService", false), (#"NT SERVICE\App"#, "VirtualAccount", false),
        (#".\appuser"#, "LocalAccount", false), (#"APP01\appuser"#, "LocalAccount", false),
        ("appuser", "LocalAccount", false), (#"CONTOSO\svc-app"#, "DomainAccount", true),
        (#"CONTOSO\gmsa-app$"#, "ManagedServiceAccount", true), ("svc-app@contoso.com", "DomainAccount", true),
    ])
    func identityFromAccount(account: String?, type: String, domain: Bool) {
        #expect(Self.requirements(account: account).identities == [
            RequiredIdentity(kind: "service", name: "App", type: type, account: account, domain: domain, source: Self.source),
        ])
    }

    @Test(arguments: [
        (#""C:\Program Files\App\app.exe" -service"#, nil as String?, nil as String?, false),
        (#""C:\Program Files (x86)\App\app.exe""#, nil, nil, true),
        (#"E:\Apps\My App\app.exe /run"#, "drive", #"E:\Apps\My App"#, false),
        (#"\\files\apps\app.exe"#, "unc", #"\\files\apps"#, false),
        (#"%APPROOT%\app.exe"#, "unresolved", "%APPROOT%", false),
    ])
    func programLocationAndBitness(binaryPath: String, kind: String?, path: String?, thirtyTwoBit: Bool) {
        let r = Self.requirements(binaryPath: binaryPath)
        #expect(r.paths.map(\.kind) == [kind].compactMap { $0 })
        #expect(r.paths.map(\.path) == [path].compactMap { $0 })
        #expect(r.paths.first?.drive == (kind == "drive" ? "E" : nil))
        #expect(r.image.thirtyTwoBit == thirtyTwoBit)
        #expect(r.runtime == "native" && r.image.powerShell && !r.image.iis)
    }

    @Test func msmqIsInferredFromTheServer() {
        #expect(!Self.requirements().msmq)
        let feature = ManifestReaders.WindowsFeature(name: "MSMQ-Server", installed: true, naming: .dism,
                                     source: ManifestReaders.SourceLocation(file: "features.txt", line: 4))
        #expect(Self.requirements(features: [feature]).msmq)
        let queueService = WindowsService(name: "MSMQ", isBuiltIn: true, source: ManifestReaders.SourceLocation(file: "services.csv", line: 2))
        let r = Self.requirements(services: [queueService])
        #expect(r.msmq && !r.msdtc)
        #expect(r.features.map(\.name) == ["MSMQ", "MSMQ-Services", "MSMQ-Server"])
    }
}
