/// The keys of the generated registry exports: `SOFTWARE` (CurrentVersion, Uninstall in the 64- and
/// 32-bit views, NDP) and `SYSTEM` (ComputerName, Environment, Services). Every value type appears:
/// REG_SZ, REG_EXPAND_SZ `hex(2)`, REG_MULTI_SZ `hex(7)`, REG_DWORD, REG_QWORD `hex(b)`, REG_BINARY
/// `hex` and REG_NONE `hex(0)`, long binary and text values wrapping over continuation lines.
///
/// Sizes are reached with more keys of the kinds that make real exports large: installed products
/// and updates under `Uninstall`, and event log sources and per-service subkeys under `Services`.
struct RegistryContent {
    var rng: SplitMix64

    /// What was written, for the generator's summary.
    struct Counts {
        var programs = 0
        var services = 0
    }

    private(set) var counts = Counts()

    private static let hklmSoftware = #"HKEY_LOCAL_MACHINE\SOFTWARE"#
    private static let services = #"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services"#

    // MARK: SOFTWARE

    /// Writes the SOFTWARE keys, adding Uninstall entries until `reg` holds at least `targetBytes`.
    mutating func writeSoftware(to reg: RegExportWriter, targetBytes: Int, hostname: String) {
        writeCurrentVersion(reg, hostname: hostname)
        for view in ["", #"\WOW6432Node"#] {
            let uninstall = Self.hklmSoftware + view + #"\Microsoft\Windows\CurrentVersion\Uninstall"#
            Self.section(reg, uninstall) {}
            for stub in ["AddressBook", "Connection Manager", "DirectDrawEx", "Fontcore", "IE40", "MPlayer2", "WIC"] {
                Self.section(reg, uninstall + "\\" + stub) {
                    if stub == "Connection Manager" { reg.dword("SystemComponent", 1) }
                    if stub == "WIC" { reg.dword("NoRemove", 1) }
                }
            }
            for product in Self.knownProducts where (product.x86 ? "\\WOW6432Node" : "") == view {
                writeProduct(reg, uninstall, name: product.name, version: product.version, publisher: product.publisher)
            }
        }
        writeNDP(reg)
        var index = 0
        while reg.byteCount < targetBytes {
            index += 1
            let view = rng.chance(35) ? #"\WOW6432Node"# : ""
            let uninstall = Self.hklmSoftware + view + #"\Microsoft\Windows\CurrentVersion\Uninstall"#
            if rng.chance(25) {
                writeUpdate(reg, uninstall, index: index)
            } else {
                let vendor = rng.pick(Self.vendors)
                writeProduct(
                    reg, uninstall, name: "\(vendor.1) \(rng.pick(Self.productWords)) \(index)",
                    version: "\(rng.within(1...17)).\(rng.below(10)).\(rng.below(40000))", publisher: vendor.0)
            }
        }
    }

    private static let knownProducts: [(name: String, version: String, publisher: String, x86: Bool)] = [
        ("IIS URL Rewrite Module 2", "7.2.1993", "Microsoft Corporation", false),
        ("Microsoft Visual C++ 2019 X64 Minimum Runtime - 14.29.30133", "14.29.30133", "Microsoft Corporation", false),
        ("Microsoft Visual C++ 2013 Redistributable (x86) - 12.0.40664", "12.0.40664.0", "Microsoft Corporation", true),
        ("Microsoft Web Deploy 4.0", "10.0.1973", "Microsoft Corporation", false),
        ("Crystal Reports Basic Runtime for Visual Studio 2008", "10.5.3700.0", "Business Objects", true),
        ("Splunk UniversalForwarder", "9.0.4.0", "Splunk, Inc.", false),
        ("Société Générale Connecteur Paiement", "3.1.0", "Société Générale", true),
    ]

    private static let vendors: [(String, String)] = [
        ("Microsoft Corporation", "Microsoft"), ("Contoso Ltd.", "Contoso"), ("Fabrikam, Inc.", "Fabrikam"),
        ("Oracle Corporation", "Oracle"), ("Adobe Inc.", "Adobe"), ("Northwind Traders", "Northwind"),
        ("株式会社 Litware", "Litware"),
    ]
    private static let productWords = [
        "Runtime", "Agent", "SDK", "Connector", "Client", "Reporting Services", "Data Provider", "Toolkit",
        "Redistributable", "Management Objects",
    ]

    private mutating func writeCurrentVersion(_ reg: RegExportWriter, hostname: String) {
        Self.section(reg, Self.hklmSoftware + #"\Microsoft\Windows NT\CurrentVersion"#) {
            reg.string("SystemRoot", #"C:\Windows"#)
            reg.dword("BaseBuildRevisionNumber", 1)
            reg.string("BuildBranch", "rs5_release")
            reg.string("BuildLab", "17763.rs5_release.180914-1434")
            reg.string("CurrentBuild", "17763")
            reg.string("CurrentBuildNumber", "17763")
            reg.dword("CurrentMajorVersionNumber", 10)
            reg.dword("CurrentMinorVersionNumber", 0)
            reg.string("CurrentType", "Multiprocessor Free")
            reg.string("CurrentVersion", "6.3")
            reg.string("EditionID", "ServerStandard")
            reg.string("InstallationType", "Server")
            reg.dword("InstallDate", 0x5E3A_7C21)
            reg.string("ProductName", "Windows Server 2019 Standard")
            reg.string("ReleaseId", "1809")
            reg.dword("UBR", 0x17A6)
            reg.string("ProductId", "00429-70000-00000-AA948")
            reg.binary("DigitalProductId", rng.bytes(164))
            reg.binary("DigitalProductId4", rng.bytes(1272))
            reg.string("RegisteredOrganization", "Contoso Ltd.")
            reg.string("RegisteredOwner", "\(hostname) \"admin\"")
            reg.qword("InstallTime", 0x01D5_D773_6ED1_36BC)
        }
        Self.section(reg, Self.hklmSoftware + #"\Microsoft\Windows NT\CurrentVersion\Winlogon"#) {
            reg.dword("AutoRestartShell", 1)
            reg.string("Shell", "explorer.exe")
            reg.string("Userinit", #"C:\Windows\system32\userinit.exe,"#)
            reg.multiString("LegalNoticeText", ["Authorised use only.", "Activity is monitored."])
        }
    }

    private mutating func writeProduct(
        _ reg: RegExportWriter, _ uninstall: String, name: String, version: String, publisher: String
    ) {
        let code = rng.guid()
        counts.programs += 1
        Self.section(reg, uninstall + "\\" + code) {
            reg.string("AuthorizedCDFPrefix", "")
            reg.string("Comments", "")
            reg.string("Contact", "")
            reg.string("DisplayVersion", version)
            reg.string("HelpLink", rng.chance(30) ? "https://support.example.com/\(rng.hex(6).lowercased())" : "")
            reg.string("InstallDate", "20\(rng.within(15...25))0\(rng.within(1...9))\(rng.within(10...28))")
            reg.string("InstallLocation", rng.chance(50) ? "" : #"C:\Program Files\"# + name + "\\")
            reg.string("InstallSource", rng.chance(20) ? "\\\\fs01.corp.local\\deploy\\\(code)\\" : #"C:\Install\"#)
            reg.expandString("ModifyPath", "MsiExec.exe /I\(code)")
            reg.dword("NoModify", 1)
            reg.string("Publisher", publisher)
            reg.string("Readme", "")
            reg.string("Size", "")
            reg.dword("EstimatedSize", UInt32(rng.below(500_000)))
            reg.expandString("UninstallString", "MsiExec.exe /X\(code)")
            reg.string("URLInfoAbout", "")
            reg.string("URLUpdateInfo", "")
            reg.dword("VersionMajor", UInt32(rng.below(20)))
            reg.dword("VersionMinor", UInt32(rng.below(10)))
            reg.dword("WindowsInstaller", 1)
            reg.dword("Version", UInt32(truncatingIfNeeded: rng.next()))
            reg.dword("Language", 1033)
            reg.string("DisplayName", name)
            if rng.chance(10) { reg.dword("SystemComponent", 1) }
            if rng.chance(10) { reg.multiString("BundleUpgradeCode", [rng.guid(), rng.guid()]) }
            if rng.chance(5) { reg.none("BundleAddonCode", []) }
            if rng.chance(5) { reg.qword("InstallTimeStamp", rng.next()) }
        }
    }

    private mutating func writeUpdate(_ reg: RegExportWriter, _ uninstall: String, index: Int) {
        let kb = "KB\(4_000_000 + index)"
        Self.section(reg, uninstall + "\\" + rng.guid() + ".\(kb)") {
            reg.string("ParentKeyName", "OPERATING_SYSTEM")
            reg.string("ParentDisplayName", "Windows Server 2019")
            reg.string("ReleaseType", rng.pick(["Security Update", "Update", "Hotfix"]))
            reg.dword("SystemComponent", 1)
            reg.string("DisplayName", "Security Update for Windows (\(kb))")
            reg.expandString("UninstallString", #"%SystemRoot%\System32\wusa.exe /uninstall /kb:"# + kb.dropFirst(2))
            reg.binary("PackageHash", rng.bytes(32))
        }
    }

    private mutating func writeNDP(_ reg: RegExportWriter) {
        let ndp = Self.hklmSoftware + #"\Microsoft\NET Framework Setup\NDP"#
        Self.section(reg, ndp) {}
        for (version, full, sp) in [("v2.0.50727", "2.0.50727.4927", 2), ("v3.0", "3.0.30729.4926", 2), ("v3.5", "3.5.30729.4926", 1)] {
            Self.section(reg, ndp + "\\" + version) {
                reg.dword("CBS", 1)
                reg.dword("Install", 1)
                if version == "v3.5" { reg.string("InstallPath", #"C:\Windows\Microsoft.NET\Framework64\v3.5\"#) }
                reg.dword("SP", UInt32(sp))
                reg.string("Version", full)
            }
            Self.section(reg, ndp + "\\" + version + "\\1033") {
                reg.dword("Install", 1)
                reg.string("Version", full)
            }
        }
        Self.section(reg, ndp + #"\v3.0\Setup"#) {
            reg.dword("InstallSuccess", 1)
            reg.string("Version", "3.2.30729.4926")
        }
        Self.section(reg, ndp + #"\v4"#) {}
        for profile in ["Client", "Full"] {
            Self.section(reg, ndp + #"\v4\"# + profile) {
                reg.dword("CBS", 1)
                reg.dword("Install", 1)
                reg.string("InstallPath", #"C:\Windows\Microsoft.NET\Framework64\v4.0.30319\"#)
                reg.dword("Release", 528_049)
                reg.dword("Servicing", 0)
                reg.string("TargetVersion", "4.0.0")
                reg.string("Version", "4.8.03761")
            }
        }
        Self.section(reg, ndp + #"\v4.0"#) {
            reg.string(nil, "deprecated")
        }
    }

    // MARK: SYSTEM

    /// Writes the SYSTEM keys for `services`, adding event log sources and service subkeys until
    /// `reg` holds at least `targetBytes`.
    mutating func writeSystem(to reg: RegExportWriter, services list: [GeneratedService], targetBytes: Int, hostname: String) {
        Self.section(reg, #"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\ComputerName\ComputerName"#) {
            reg.string("ComputerName", hostname)
        }
        Self.section(reg, #"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Session Manager\Environment"#) {
            reg.expandString("ComSpec", #"%SystemRoot%\system32\cmd.exe"#)
            reg.string("NUMBER_OF_PROCESSORS", "4")
            reg.string("OS", "Windows_NT")
            reg.expandString("Path", #"%SystemRoot%\system32;%SystemRoot%;%SystemRoot%\System32\Wbem;%SYSTEMROOT%\System32\WindowsPowerShell\v1.0\;C:\Program Files\dotnet\"#)
            reg.string("PROCESSOR_ARCHITECTURE", "AMD64")
            reg.expandString("TEMP", #"%SystemRoot%\TEMP"#)
        }
        Self.section(reg, Self.services) {}
        for service in list { writeService(reg, service) }
        var index = 0
        while reg.byteCount < targetBytes {
            index += 1
            if rng.chance(70) {
                writeEventSource(reg, index: index)
            } else {
                writeInterface(reg)
            }
        }
    }

    private mutating func writeService(_ reg: RegExportWriter, _ service: GeneratedService) {
        counts.services += 1
        let key = Self.services + "\\" + service.name
        Self.section(reg, key) {
            if !service.dependsOn.isEmpty { reg.multiString("DependOnService", service.dependsOn) }
            reg.string("Description", service.description)
            reg.string("DisplayName", service.displayName)
            reg.dword("ErrorControl", 1)
            reg.binary("FailureActions", [0x80, 0x51, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0] + rng.bytes(28))
            if service.binaryPath.contains("%") {
                reg.expandString("ImagePath", service.binaryPath)
            } else {
                reg.string("ImagePath", service.binaryPath)
            }
            reg.string("ObjectName", service.account)
            if service.shareProcess {
                reg.multiString(
                    "RequiredPrivileges",
                    ["SeChangeNotifyPrivilege", "SeCreateGlobalPrivilege", "SeImpersonatePrivilege", "SeAuditPrivilege",
                     "SeAssignPrimaryTokenPrivilege", "SeIncreaseQuotaPrivilege"])
            }
            reg.dword("ServiceSidType", 1)
            reg.dword("Start", service.startCode)
            reg.dword("Type", service.typeCode)
            if service.delayedAutoStart { reg.dword("DelayedAutostart", 1) }
        }
        if service.shareProcess || rng.chance(50) {
            Self.section(reg, key + #"\Parameters"#) {
                if service.shareProcess {
                    reg.expandString("ServiceDll", #"%SystemRoot%\system32\\#(service.name.lowercased()).dll"#)
                    reg.dword("ServiceDllUnloadOnStop", 1)
                } else {
                    reg.string("Application", service.binaryPath)
                    reg.string("AppDirectory", #"D:\Services\"# + service.name)
                    reg.qword("LastStartTime", rng.next())
                    reg.none("Marker", rng.bytes(rng.below(3) * 4))
                    reg.string(nil, "")
                }
            }
        }
        Self.section(reg, key + #"\Security"#) {
            reg.binary("Security", rng.bytes(rng.within(120...180)))
        }
    }

    private mutating func writeEventSource(_ reg: RegExportWriter, index: Int) {
        let log = rng.pick(["Application", "Application", "System", "Security"])
        let source = "\(rng.pick(["Contoso", "Fabrikam", "MSSQL", "ASP.NET", "Northwind", "Vendor"])) Source \(index)"
        Self.section(reg, Self.services + #"\EventLog\"# + log + "\\" + source) {
            reg.expandString("EventMessageFile", #"%SystemRoot%\Microsoft.NET\Framework64\v4.0.30319\EventLogMessages.dll"#)
            reg.dword("TypesSupported", 7)
            if rng.chance(40) {
                reg.dword("CategoryCount", UInt32(rng.within(1...20)))
                reg.expandString("CategoryMessageFile", #"C:\Program Files\Vendor\\#(source)\messages.dll"#)
            }
            if rng.chance(20) { reg.multiString("Sources", [source, source + " Extra"]) }
            if rng.chance(10) { reg.binary("ProviderGuid", rng.bytes(16)) }
        }
    }

    private mutating func writeInterface(_ reg: RegExportWriter) {
        Self.section(reg, Self.services + #"\Tcpip\Parameters\Interfaces\"# + rng.guid().lowercased()) {
            reg.dword("EnableDHCP", 0)
            reg.string("Domain", "corp.local")
            reg.multiString("IPAddress", ["10.\(rng.below(256)).\(rng.below(256)).\(rng.within(1...254))"])
            reg.multiString("SubnetMask", ["255.255.255.0"])
            reg.multiString("DefaultGateway", ["10.0.0.1"])
            reg.string("NameServer", "10.0.0.10,10.0.0.11")
            reg.dword("RegisterAdapterName", 0)
            reg.qword("LeaseObtainedTime", rng.next() & 0xFFFF_FFFF)
            reg.binary("DhcpInterfaceOptions", rng.bytes(rng.within(60...400)))
            reg.none("Placeholder", [])
        }
    }

    private static func section(_ reg: RegExportWriter, _ path: String, _ values: () -> Void) {
        reg.key(path)
        values()
        reg.end()
    }
}
