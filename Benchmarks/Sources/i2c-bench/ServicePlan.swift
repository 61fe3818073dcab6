/// One service of the generated server, written both to `services.csv` and to the `Services` key of
/// the registry export, so the two sources agree as they do on a real capture.
struct GeneratedService {
    var name: String
    var displayName: String
    var description: String
    var binaryPath: String
    var account: String
    /// `Auto`, `Manual` or `Disabled` (Win32_Service's StartMode).
    var startMode: String
    var delayedAutoStart: Bool
    /// `Running` or `Stopped`.
    var state: String
    var shareProcess: Bool
    var dependsOn: [String]

    /// The registry `Start` value.
    var startCode: UInt32 {
        switch startMode {
        case "Auto": 2
        case "Manual": 3
        default: 4
        }
    }

    /// The registry `Type` value.
    var typeCode: UInt32 { shareProcess ? 0x20 : 0x10 }
}

/// The services of the generated server: a fixed set of Windows services (IIS, WAS, MSDTC, …) and
/// `count` added ones with varied binaries, accounts and start modes.
enum ServicePlan {
    /// Windows services every generated server has: name, display name, svchost group or binary.
    private static let windows: [(String, String, String)] = [
        ("AppHostSvc", "Application Host Helper Service", #"%windir%\system32\svchost.exe -k apphost"#),
        ("aspnet_state", "ASP.NET State Service", #"%SystemRoot%\Microsoft.NET\Framework64\v4.0.30319\aspnet_state.exe"#),
        ("BFE", "Base Filtering Engine", #"%SystemRoot%\system32\svchost.exe -k LocalServiceNoNetworkFirewall -p"#),
        ("BITS", "Background Intelligent Transfer Service", #"%SystemRoot%\System32\svchost.exe -k netsvcs -p"#),
        ("CryptSvc", "Cryptographic Services", #"%SystemRoot%\system32\svchost.exe -k NetworkService -p"#),
        ("Dhcp", "DHCP Client", #"%SystemRoot%\system32\svchost.exe -k LocalServiceNetworkRestricted -p"#),
        ("Dnscache", "DNS Client", #"%SystemRoot%\system32\svchost.exe -k NetworkService -p"#),
        ("EventLog", "Windows Event Log", #"%SystemRoot%\System32\svchost.exe -k LocalServiceNetworkRestricted -p"#),
        ("EventSystem", "COM+ Event System", #"%SystemRoot%\system32\svchost.exe -k LocalService -p"#),
        ("gpsvc", "Group Policy Client", #"%SystemRoot%\system32\svchost.exe -k netsvcs -p"#),
        ("iphlpsvc", "IP Helper", #"%SystemRoot%\System32\svchost.exe -k NetSvcs -p"#),
        ("LanmanServer", "Server", #"%SystemRoot%\system32\svchost.exe -k smbsvcs"#),
        ("LanmanWorkstation", "Workstation", #"%SystemRoot%\System32\svchost.exe -k NetworkService -p"#),
        ("MpsSvc", "Windows Defender Firewall", #"%SystemRoot%\system32\svchost.exe -k LocalServiceNoNetworkFirewall -p"#),
        ("MSDTC", "Distributed Transaction Coordinator", #"%SystemRoot%\System32\msdtc.exe"#),
        ("Netlogon", "Netlogon", #"%systemroot%\system32\lsass.exe"#),
        ("NetTcpPortSharing", "Net.Tcp Port Sharing Service", #"%SystemRoot%\Microsoft.NET\Framework64\v4.0.30319\SMSvcHost.exe"#),
        ("nsi", "Network Store Interface Service", #"%systemroot%\system32\svchost.exe -k LocalService -p"#),
        ("PlugPlay", "Plug and Play", #"%SystemRoot%\system32\svchost.exe -k DcomLaunch -p"#),
        ("RpcEptMapper", "RPC Endpoint Mapper", #"%SystemRoot%\system32\svchost.exe -k RPCSS -p"#),
        ("RpcSs", "Remote Procedure Call (RPC)", #"%SystemRoot%\system32\svchost.exe -k rpcss -p"#),
        ("SamSs", "Security Accounts Manager", #"%SystemRoot%\system32\lsass.exe"#),
        ("Schedule", "Task Scheduler", #"%systemroot%\system32\svchost.exe -k netsvcs -p"#),
        ("SENS", "System Event Notification Service", #"%SystemRoot%\system32\svchost.exe -k netsvcs -p"#),
        ("Spooler", "Print Spooler", #"%SystemRoot%\System32\spoolsv.exe"#),
        ("TermService", "Remote Desktop Services", #"%SystemRoot%\System32\svchost.exe -k NetworkService"#),
        ("W32Time", "Windows Time", #"%SystemRoot%\system32\svchost.exe -k LocalService"#),
        ("W3SVC", "World Wide Web Publishing Service", #"%systemroot%\system32\svchost.exe -k iissvcs"#),
        ("WAS", "Windows Process Activation Service", #"%windir%\system32\svchost.exe -k iissvcs"#),
        ("Winmgmt", "Windows Management Instrumentation", #"%systemroot%\system32\svchost.exe -k netsvcs -p"#),
        ("WinRM", "Windows Remote Management (WS-Management)", #"%SystemRoot%\system32\svchost.exe -k NetworkService -p"#),
        ("wuauserv", "Windows Update", #"%systemroot%\system32\svchost.exe -k netsvcs -p"#),
    ]

    private static let companies = ["Contoso", "Fabrikam", "Northwind", "Tailspin", "Litware", "Adatum", "Woodgrove"]
    private static let roles = [
        ("Orders", "Worker"), ("Billing", "Scheduler"), ("Sync", "Agent"), ("Reports", "Renderer"),
        ("Mail", "Dispatcher"), ("Files", "Watcher"), ("Print", "Bridge"), ("Search", "Indexer"),
        ("Backup", "Agent"), ("Queue", "Listener"),
    ]

    static func services(count: Int, rng: inout SplitMix64) -> [GeneratedService] {
        var result = windows.map { name, display, binary in
            GeneratedService(
                name: name, displayName: display, description: "\(display) (Windows component).",
                binaryPath: binary, account: binary.contains("svchost") ? "LocalSystem" : "NT AUTHORITY\\NetworkService",
                startMode: name == "aspnet_state" || name == "Spooler" ? "Manual" : "Auto", delayedAutoStart: name == "BITS",
                state: name == "aspnet_state" ? "Stopped" : "Running", shareProcess: binary.contains("svchost"),
                dependsOn: name == "W3SVC" ? ["WAS", "HTTP"] : [])
        }
        for index in stride(from: 1, through: count, by: 1) {
            let company = rng.pick(companies)
            let (area, role) = rng.pick(roles)
            let name = "\(company)\(area)\(role)\(String(format: "%04d", index))"
            let folder = "\(company)\\\(area)\\\(role)"
            let binary: String
            switch rng.below(5) {
            case 0: binary = "\"C:\\Program Files\\\(folder)\\\(area)\(role).exe\" -service"
            case 1: binary = "D:\\Services\\\(folder)\\\(area)\(role).exe"
            case 2: binary = "\"C:\\Program Files (x86)\\\(company)\\\(area) \(role)\\svc.exe\" /run"
            case 3: binary = "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\SMSvcHost.exe -\(area.lowercased())"
            default: binary = "E:\\Apps\\\(company)\\\(area)\\bin\\\(role).Host.exe --instance \(index)"
            }
            let account = rng.pick([
                "LocalSystem", "NT AUTHORITY\\NetworkService", "NT AUTHORITY\\LocalService",
                "\(company.uppercased())\\svc-\(area.lowercased())", ".\\\(area.lowercased())svc", "NT SERVICE\\\(name)",
            ])
            let start = rng.pick(["Auto", "Auto", "Auto", "Manual", "Disabled"])
            result.append(
                GeneratedService(
                    name: name, displayName: "\(company) \(area) \(role) \(index)",
                    description: "Runs the \(company) \(area.lowercased()) \(role.lowercased()); \"instance\" \(index).",
                    binaryPath: binary, account: account, startMode: start,
                    delayedAutoStart: start == "Auto" && rng.chance(30),
                    state: start == "Auto" ? "Running" : "Stopped", shareProcess: false,
                    dependsOn: rng.chance(40) ? ["Tcpip", "MSMQ"].prefix(rng.within(1...2)).map { $0 } : []))
        }
        return result
    }
}
