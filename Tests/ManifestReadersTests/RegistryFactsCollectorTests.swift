import Foundation
import ManifestReaders
import Testing

/// The facts derived from registry key sections: host, programs, .NET Framework, services.
@Suite struct RegistryFactsCollectorTests {
    /// The facts of a version 5 `.reg` file with `body` after the header, named `facts.reg`.
    static func facts(_ body: String) throws -> RegistryFacts {
        let file = try Fixtures.temporaryFile(named: "facts.reg", text: "Windows Registry Editor Version 5.00\r\n\r\n" + body)
        return collect(file)
    }

    static func collect(_ files: CaptureFile...) -> RegistryFacts {
        var collector = RegistryFactsCollector()
        for file in files {
            let diagnostics = RegFileReader().read(file) { collector.add($0, file: file) }
            #expect(diagnostics.isEmpty)
        }
        return collector.facts
    }

    static func location(_ line: Int) -> ManifestReaders.SourceLocation { .init(file: "facts.reg", line: line) }

    // MARK: Host

    @Test func keysWithoutHostValuesGiveNoHost() throws {
        let facts = try Self.facts(#"""
            [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Session Manager\Environment]
            "POWERSHELL_TELEMETRY_OPTOUT"="1"

            """#)
        #expect(facts.host == nil)
    }

    @Test func hostFromCurrentVersionComputerNameAndEnvironment() throws {
        let facts = try Self.facts(#"""
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion]
            "ProductName"="Windows Server 2016 Datacenter"
            "EditionID"="ServerDatacenter"
            "InstallationType"="Server Core"
            "CurrentBuild"="14393"
            "CurrentBuildNumber"="99999"
            "UBR"=dword:00001817
            "ReleaseId"="1607"
            "CurrentVersion"="6.3"
            [hklm\system\ControlSet002\control\computername\ComputerName]
            "ComputerName"="WEB02"
            [HKLM\SYSTEM\ControlSet001\Control\ComputerName\ComputerName]
            "ComputerName"="WEB01"
            [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Session Manager\Environment]
            "PROCESSOR_ARCHITECTURE"="AMD64"

            """#)
        #expect(facts.host == HostInfo(
            computerName: "WEB01", productName: "Windows Server 2016 Datacenter", editionID: "ServerDatacenter",
            installationType: "Server Core", build: 14393, ubr: 6167, displayVersion: "1607", currentVersion: "6.3",
            architecture: "AMD64", source: Self.location(3)))
    }

    @Test func displayVersionWinsOverReleaseIdAndBuildNumberIsTheFallback() throws {
        let facts = try Self.facts(#"""
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion]
            "ReleaseId"="2009"
            "DisplayVersion"="21H2"
            "CurrentBuildNumber"="20348"

            """#)
        #expect(facts.host?.displayVersion == "21H2")
        #expect(facts.host?.build == 20348)
        #expect(facts.host?.computerName == nil)
    }

    @Test func hostOfMaxySparkBackup() {
        let file = Fixtures.corpus("reg/MaxySpark_Docker-Windows-10-Home__backup.reg")
        #expect(Self.collect(file) == RegistryFacts(host: HostInfo(
            productName: "Windows 10 Home Single Language", editionID: "CoreSingleLanguage", source: file.location(line: 3))))
    }

    @Test func noHostWithoutItsKeys() throws {
        #expect(try Self.facts("[HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\r\n\"ProductName\"=\"x\"\r\n") == RegistryFacts())
    }

    // MARK: Programs

    @Test func programsFromBothViews() throws {
        let facts = try Self.facts(#"""
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\{90160000-008C-0000-1000-0000000FF1CE}]
            "DisplayName"="Microsoft Office 64-bit Components 2016"
            "DisplayVersion"="16.0.4266.1001"
            "Publisher"="Microsoft Corporation"
            "InstallLocation"="C:\\Program Files\\Microsoft Office\\"
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\KB123456]
            "DisplayName"="Security Update"
            "SystemComponent"=dword:00000001
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\NoName]
            "DisplayVersion"="1.0"
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\NoName\Sub]
            "DisplayName"="Not an entry"
            [HKEY_LOCAL_MACHINE\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\Notepad++]
            "DisplayName"="Notepad++ (32-bit x86)"
            "DisplayVersion"="8.6"

            """#)
        #expect(facts.programs == [
            InstalledProgram(
                displayName: "Microsoft Office 64-bit Components 2016", version: "16.0.4266.1001",
                publisher: "Microsoft Corporation", installLocation: #"C:\Program Files\Microsoft Office\"#,
                keyName: "{90160000-008C-0000-1000-0000000FF1CE}", architecture: "x64", source: Self.location(3)),
            InstalledProgram(
                displayName: "Notepad++ (32-bit x86)", version: "8.6", keyName: "Notepad++", architecture: "x86",
                source: Self.location(15)),
        ])
    }

    @Test func sectionsMergeAndDeletionsApply() throws {
        let facts = try Self.facts(#"""
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\App]
            "DisplayName"="App"
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\app]
            "DisplayVersion"="2.0"
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\Gone]
            "DisplayName"="Gone"
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\Unnamed]
            "DisplayName"="Unnamed"
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\Unnamed]
            "DisplayName"=-
            [-HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\Gone]

            """#)
        #expect(facts.programs == [
            InstalledProgram(displayName: "App", version: "2.0", keyName: "App", architecture: "x64", source: Self.location(3)),
        ])
    }

    // MARK: .NET Framework

    @Test func dotNetFrameworkVersions() throws {
        let facts = try Self.facts(#"""
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\NET Framework Setup\NDP\v2.0.50727]
            "Install"=dword:00000001
            "Version"="2.0.50727.4927"
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\NET Framework Setup\NDP\v3.0]
            "Install"=dword:00000001
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\NET Framework Setup\NDP\v3.0\Setup]
            "InstallSuccess"=dword:00000001
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\NET Framework Setup\NDP\v3.5]
            "Install"=dword:00000000
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Client]
            "Install"=dword:00000001
            "Release"=dword:00070bf0
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full]
            "Install"=dword:00000001
            "Release"=dword:00080ea8
            "Version"="4.8.04084"

            """#)
        #expect(facts.dotNetFrameworks == [
            DotNetFramework(version: "2.0", fullVersion: "2.0.50727.4927", source: Self.location(3)),
            DotNetFramework(version: "3.0", source: Self.location(6)),
            DotNetFramework(version: "4.8", release: 528_040, fullVersion: "4.8.04084", source: Self.location(15)),
        ])
    }

    @Test func dotNet4WithoutRelease() throws {
        let full = try Self.facts(#"""
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full]
            "Install"=dword:00000001
            "Version"="4.0.30319"
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\NET Framework Setup\NDP\v1.1.4322]
            "Install"=dword:00000001
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\NET Framework Setup\NDP\v3.5]
            "Install"=dword:00000001
            "Version"="3.5.30729.4926"

            """#)
        #expect(full.dotNetFrameworks.map(\.version) == ["4.0", "1.1", "3.5"])
        #expect(full.dotNetFrameworks[0] == DotNetFramework(version: "4.0", fullVersion: "4.0.30319", source: Self.location(3)))
        let clientOnly = try Self.facts(#"""
            [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Client]
            "Install"=dword:00000001

            """#)
        #expect(clientOnly.dotNetFrameworks == [DotNetFramework(version: "4.0", source: Self.location(3))])
    }

    // MARK: Services

    static let serviceKeys = #"""
        [HKEY_LOCAL_MACHINE\SYSTEM\ControlSet001\Services\OrderService]
        "Type"=dword:00000010
        "ImagePath"="C:\\old.exe"
        [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\OrderService]
        "Type"=dword:00000110
        "Start"=dword:00000002
        "DelayedAutostart"=dword:00000001
        "ErrorControl"=dword:00000001
        "ImagePath"=hex(2):22,00,43,00,3a,00,5c,00,4f,00,2e,00,65,00,78,00,65,00,22,00,00,00
        "DisplayName"="@%SystemRoot%\\system32\\orders.dll,-100"
        "ObjectName"="CONTOSO\\svc-orders"
        "Description"="Processes orders"
        [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\OrderService\Parameters]
        "Type"=dword:00000001
        [HKEY_LOCAL_MACHINE\SYSTEM\ControlSet002\Services\Legacy]
        "Type"=dword:00000020
        "Start"=dword:00000003
        [HKEY_LOCAL_MACHINE\SYSTEM\ControlSet001\Services\Legacy]
        "Type"=dword:00000001
        "Start"=dword:00000000
        [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\Tweak]
        "Start"=dword:00000004
        [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\W3SVC]
        "Type"=dword:00000020
        "Start"=dword:00000002
        "ImagePath"=hex(2):25,00,77,00,69,00,6e,00,64,00,69,00,72,00,25,00,5c,00,73,00,79,00,73,00,74,00,65,00,6d,00,\
          33,00,32,00,5c,00,73,00,76,00,63,00,68,00,6f,00,73,00,74,00,2e,00,65,00,78,00,65,00,20,00,2d,00,6b,00,20,\
          00,69,00,69,00,73,00,73,00,76,00,63,00,73,00,00,00

        """#

    @Test func servicesPreferTheCurrentControlSet() throws {
        let facts = try Self.facts(Self.serviceKeys)
        #expect(facts.services.map(\.name) == ["OrderService", "Legacy", "W3SVC"])
        #expect(facts.services[0] == WindowsService(
            name: "OrderService", displayName: #"@%SystemRoot%\system32\orders.dll,-100"#, startMode: "Auto",
            delayedAutoStart: true, account: #"CONTOSO\svc-orders"#, binaryPath: #""C:\O.exe""#,
            serviceType: "Own Process (Interactive)", description: "Processes orders", isBuiltIn: false,
            source: Self.location(6)))
        #expect(facts.services[1] == WindowsService(
            name: "Legacy", startMode: "Boot", serviceType: "Kernel Driver", isBuiltIn: false, source: Self.location(20)))
        #expect(facts.services[2].binaryPath == #"%windir%\system32\svchost.exe -k iissvcs"#)
        #expect(facts.services[2].serviceType == "Share Process")
        #expect(facts.services[2].isBuiltIn)
    }

    @Test func serviceOfTheSemaphoreCorpusFile() {
        let file = Fixtures.corpus("reg/BurAndBY_irun2-mirror__semaphore_service.reg")
        #expect(Self.collect(file).services == [
            WindowsService(
                name: "HttpSemaphore", displayName: "HTTP Semaphore Service", startMode: "Auto", account: "LocalSystem",
                binaryPath: #""C:\python27\lib\site-packages\win32\PythonService.exe""#, serviceType: "Own Process",
                description: "Semaphore with HTTP API", isBuiltIn: false, source: file.location(line: 3)),
        ])
    }

    @Test func serviceTweaksWithoutTypeOrImagePathAreNoServices() {
        let file = Fixtures.corpus("reg/HickerDicker_Version__HKLM.reg")
        var collector = RegistryFactsCollector()
        _ = RegFileReader().read(file) { collector.add($0, file: file) }
        #expect(collector.facts.services.isEmpty)
    }

    @Test(arguments: [
        (0, "Boot"), (1, "System"), (2, "Auto"), (3, "Manual"), (4, "Disabled"), (7, "7"),
    ]) func startModes(_ start: Int, _ mode: String) throws {
        let facts = try Self.facts("[HKLM\\SYSTEM\\CurrentControlSet\\Services\\S]\r\n\"Type\"=dword:10\r\n\"Start\"=dword:\(start)\r\n")
        #expect(facts.services.first?.startMode == mode)
    }

    @Test(arguments: [
        (0x1, "Kernel Driver"), (0x2, "File System Driver"), (0x10, "Own Process"), (0x20, "Share Process"),
        (0x120, "Share Process (Interactive)"), (0x50, "User Own Process"), (0x60, "User Share Process"),
        (0xE0, "User Share Process"), (0x4, "0x4"), (0x210, "0x210"),
    ]) func serviceTypes(_ type: Int, _ name: String) throws {
        let facts = try Self.facts(
            "[HKLM\\SYSTEM\\CurrentControlSet\\Services\\S]\r\n\"Type\"=dword:\(String(type, radix: 16))\r\n")
        #expect(facts.services.first?.serviceType == name)
    }

    @Test func keysOfOtherRootsAreIgnored() throws {
        let facts = try Self.facts(#"""
            [HKEY_CURRENT_USER\SYSTEM\CurrentControlSet\Services\S]
            "Type"=dword:00000010
            [HKEY_LOCAL_MACHINE\SYSTEM\Select\Services\S]
            "Type"=dword:00000010
            [HKEY_LOCAL_MACHINE\SYSTEM\ControlSet000\Services\S]
            "Type"=dword:00000010

            """#)
        #expect(facts == RegistryFacts())
    }
}
