/// The files LogMonitor needs in the context: `logmonitor/LogMonitorConfig.json`, which sends the
/// system and application event logs (plus, for IIS, its log files and ETW events) to the
/// container's standard output, and a README asking for `LogMonitor.exe`. The IIS sources follow the
/// sample configuration of microsoft/windows-container-tools.
enum LogMonitorConfiguration {
    /// The context folder, copied to `C:\LogMonitor`.
    static let folder = "logmonitor"

    /// `LogMonitorConfig.json` for a workload with (`iis`) or without IIS.
    static func json(iis: Bool) -> String {
        let eventLog = """
                  {
                    "type": "EventLog",
                    "startAtOldestRecord": true,
                    "eventFormatMultiLine": false,
                    "channels": [
                      { "name": "system", "level": "Information" },
                      { "name": "application", "level": "\(iis ? "Error" : "Information")" }
                    ]
                  }
            """
        let iisSources = """
                  {
                    "type": "File",
                    "directory": "c:\\\\inetpub\\\\logs",
                    "filter": "*.log",
                    "includeSubdirectories": true
                  },
                  {
                    "type": "ETW",
                    "eventFormatMultiLine": false,
                    "providers": [
                      { "providerName": "IIS: WWW Server", "providerGuid": "3A2A4E84-4C21-4981-AE10-3FDA0D9B0F83", "level": "Information" },
                      { "providerName": "Microsoft-Windows-IIS-Logging", "providerGuid": "7E8AD27F-B271-4EA2-A783-A47BDE29143B", "level": "Information" }
                    ]
                  }
            """
        let sources = iis ? eventLog + ",\n" + iisSources : eventLog
        return """
            {
              "LogConfig": {
                "sources": [
            \(sources)
                ]
              }
            }

            """
    }

    /// `logmonitor/README.txt`.
    static let readme = """
        Put LogMonitor.exe here: the release of microsoft/windows-container-tools (LogMonitor) for 64-bit
        Windows. The Dockerfile copies it with LogMonitorConfig.json to C:\\LogMonitor and starts the
        container through it, so the event log, ETW events and log files reach docker logs.

        """
}
