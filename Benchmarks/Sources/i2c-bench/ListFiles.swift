import Foundation

/// `services.csv` and `features.csv` as the README's PowerShell commands write them
/// (`Export-Csv -NoTypeInformation -Encoding UTF8`: a BOM, every field quoted, CRLF).
enum ListFiles {
    static func writeServices(_ services: [GeneratedService], to url: URL) throws {
        let out = try OutputFile(url, encoding: .utf8, byteOrderMark: true)
        out.line(row(["Name", "DisplayName", "State", "StartMode", "DelayedAutoStart", "StartName", "PathName", "ServiceType", "Description"]))
        for service in services {
            out.line(
                row([
                    service.name, service.displayName, service.state, service.startMode,
                    service.delayedAutoStart ? "True" : "False", service.account, service.binaryPath,
                    service.shareProcess ? "Share Process" : "Own Process", service.description,
                ]))
        }
        try out.close()
    }

    /// Server Manager features: name, display name, type, parent.
    private static let features: [(String, String, String, String?)] = [
        ("FileAndStorage-Services", "File and Storage Services", "Role", nil),
        ("Storage-Services", "Storage Services", "Role Service", "FileAndStorage-Services"),
        ("Web-Server", "Web Server (IIS)", "Role", nil),
        ("Web-WebServer", "Web Server", "Role Service", "Web-Server"),
        ("Web-Common-Http", "Common HTTP Features", "Role Service", "Web-WebServer"),
        ("Web-Default-Doc", "Default Document", "Role Service", "Web-Common-Http"),
        ("Web-Dir-Browsing", "Directory Browsing", "Role Service", "Web-Common-Http"),
        ("Web-Http-Errors", "HTTP Errors", "Role Service", "Web-Common-Http"),
        ("Web-Static-Content", "Static Content", "Role Service", "Web-Common-Http"),
        ("Web-Http-Redirect", "HTTP Redirection", "Role Service", "Web-Common-Http"),
        ("Web-Health", "Health and Diagnostics", "Role Service", "Web-WebServer"),
        ("Web-Http-Logging", "HTTP Logging", "Role Service", "Web-Health"),
        ("Web-Request-Monitor", "Request Monitor", "Role Service", "Web-Health"),
        ("Web-Http-Tracing", "Tracing", "Role Service", "Web-Health"),
        ("Web-Performance", "Performance", "Role Service", "Web-WebServer"),
        ("Web-Stat-Compression", "Static Content Compression", "Role Service", "Web-Performance"),
        ("Web-Dyn-Compression", "Dynamic Content Compression", "Role Service", "Web-Performance"),
        ("Web-Security", "Security", "Role Service", "Web-WebServer"),
        ("Web-Filtering", "Request Filtering", "Role Service", "Web-Security"),
        ("Web-Basic-Auth", "Basic Authentication", "Role Service", "Web-Security"),
        ("Web-Client-Auth", "Client Certificate Mapping Authentication", "Role Service", "Web-Security"),
        ("Web-Digest-Auth", "Digest Authentication", "Role Service", "Web-Security"),
        ("Web-Cert-Auth", "IIS Client Certificate Mapping Authentication", "Role Service", "Web-Security"),
        ("Web-IP-Security", "IP and Domain Restrictions", "Role Service", "Web-Security"),
        ("Web-Url-Auth", "URL Authorization", "Role Service", "Web-Security"),
        ("Web-Windows-Auth", "Windows Authentication", "Role Service", "Web-Security"),
        ("Web-App-Dev", "Application Development", "Role Service", "Web-WebServer"),
        ("Web-Net-Ext", ".NET Extensibility 3.5", "Role Service", "Web-App-Dev"),
        ("Web-Net-Ext45", ".NET Extensibility 4.7", "Role Service", "Web-App-Dev"),
        ("Web-AppInit", "Application Initialization", "Role Service", "Web-App-Dev"),
        ("Web-ASP", "ASP", "Role Service", "Web-App-Dev"),
        ("Web-Asp-Net", "ASP.NET 3.5", "Role Service", "Web-App-Dev"),
        ("Web-Asp-Net45", "ASP.NET 4.7", "Role Service", "Web-App-Dev"),
        ("Web-CGI", "CGI", "Role Service", "Web-App-Dev"),
        ("Web-ISAPI-Ext", "ISAPI Extensions", "Role Service", "Web-App-Dev"),
        ("Web-ISAPI-Filter", "ISAPI Filters", "Role Service", "Web-App-Dev"),
        ("Web-Includes", "Server Side Includes", "Role Service", "Web-App-Dev"),
        ("Web-WebSockets", "WebSocket Protocol", "Role Service", "Web-App-Dev"),
        ("Web-Ftp-Server", "FTP Server", "Role Service", "Web-Server"),
        ("Web-Mgmt-Tools", "Management Tools", "Role Service", "Web-Server"),
        ("Web-Mgmt-Console", "IIS Management Console", "Role Service", "Web-Mgmt-Tools"),
        ("Web-Mgmt-Compat", "IIS 6 Management Compatibility", "Role Service", "Web-Mgmt-Tools"),
        ("Web-Metabase", "IIS 6 Metabase Compatibility", "Role Service", "Web-Mgmt-Compat"),
        ("Web-Scripting-Tools", "IIS Management Scripts and Tools", "Role Service", "Web-Mgmt-Tools"),
        ("NET-Framework-Features", ".NET Framework 3.5 Features", "Feature", nil),
        ("NET-Framework-Core", ".NET Framework 3.5 (includes .NET 2.0 and 3.0)", "Feature", "NET-Framework-Features"),
        ("NET-HTTP-Activation", "HTTP Activation", "Feature", "NET-Framework-Features"),
        ("NET-Framework-45-Features", ".NET Framework 4.7 Features", "Feature", nil),
        ("NET-Framework-45-Core", ".NET Framework 4.7", "Feature", "NET-Framework-45-Features"),
        ("NET-Framework-45-ASPNET", "ASP.NET 4.7", "Feature", "NET-Framework-45-Features"),
        ("NET-WCF-Services45", "WCF Services", "Feature", "NET-Framework-45-Features"),
        ("NET-WCF-HTTP-Activation45", "HTTP Activation", "Feature", "NET-WCF-Services45"),
        ("NET-WCF-TCP-Activation45", "TCP Activation", "Feature", "NET-WCF-Services45"),
        ("NET-WCF-Pipe-Activation45", "Named Pipe Activation", "Feature", "NET-WCF-Services45"),
        ("NET-WCF-MSMQ-Activation45", "Message Queuing (MSMQ) Activation", "Feature", "NET-WCF-Services45"),
        ("NET-WCF-TCP-PortSharing45", "TCP Port Sharing", "Feature", "NET-WCF-Services45"),
        ("MSMQ", "Message Queuing", "Feature", nil),
        ("MSMQ-Services", "Message Queuing Services", "Feature", "MSMQ"),
        ("MSMQ-Server", "Message Queuing Server", "Feature", "MSMQ-Services"),
        ("WAS", "Windows Process Activation Service", "Feature", nil),
        ("WAS-Process-Model", "Process Model", "Feature", "WAS"),
        ("WAS-Config-APIs", "Configuration APIs", "Feature", "WAS"),
        ("PowerShellRoot", "Windows PowerShell", "Feature", nil),
        ("PowerShell", "Windows PowerShell 5.1", "Feature", "PowerShellRoot"),
        ("Telnet-Client", "Telnet Client", "Feature", nil),
        ("XPS-Viewer", "XPS Viewer", "Feature", nil),
        ("Windows-Defender", "Windows Defender Antivirus", "Feature", nil),
    ]

    /// Always installed on a generated IIS server.
    private static let required: Set<String> = [
        "FileAndStorage-Services", "Storage-Services", "Web-Server", "Web-WebServer", "Web-Common-Http",
        "Web-Default-Doc", "Web-Static-Content", "Web-Http-Errors", "Web-Health", "Web-Http-Logging", "Web-Security",
        "Web-Filtering", "Web-App-Dev", "Web-Net-Ext45", "Web-Asp-Net45", "Web-ISAPI-Ext", "Web-ISAPI-Filter",
        "Web-Mgmt-Tools", "Web-Mgmt-Console", "NET-Framework-45-Features", "NET-Framework-45-Core",
        "NET-Framework-45-ASPNET", "NET-WCF-Services45", "NET-WCF-TCP-PortSharing45", "WAS", "WAS-Process-Model",
        "WAS-Config-APIs", "PowerShellRoot", "PowerShell", "Windows-Defender",
    ]

    static func writeFeatures(to url: URL, rng: inout SplitMix64) throws {
        let out = try OutputFile(url, encoding: .utf8, byteOrderMark: true)
        out.line(row(["Name", "DisplayName", "Installed", "InstallState", "FeatureType", "Parent", "Depth"]))
        var installed: Set<String> = []
        var depth: [String: Int] = [:]
        for (name, display, type, parent) in features {
            let parentInstalled = parent.map { installed.contains($0) } ?? true
            let isInstalled = required.contains(name) || (parentInstalled && rng.chance(35))
            if isInstalled { installed.insert(name) }
            let level = (parent.flatMap { depth[$0] } ?? 0) + 1
            depth[name] = level
            out.line(
                row([
                    name, display, isInstalled ? "True" : "False", isInstalled ? "Installed" : "Available", type,
                    parent, String(level),
                ]))
        }
        try out.close()
    }

    /// One CSV row with every field quoted (and quotes doubled); a nil field (PowerShell's $null) is
    /// left empty without quotes, as `Export-Csv` writes it.
    private static func row(_ fields: [String?]) -> String {
        fields.map { field in
            field.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" } ?? ""
        }
        .joined(separator: ",")
    }
}
