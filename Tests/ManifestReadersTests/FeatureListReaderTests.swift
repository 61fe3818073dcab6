import Foundation
import Testing
@testable import ManifestReaders

/// Feature list formats the corpus lacks, written the way the Windows tools write them, and bad input.
@Suite struct FeatureListReaderTests {
    private let reader = FeatureListReader()

    private func read(_ name: String, _ text: String) throws -> ReadResult<[WindowsFeature]> {
        let file = try Fixtures.temporaryFile(named: name, text: text)
        let sample = try #require(InputSample(url: file.url))
        #expect(FeatureListReader.recognizes(sample))
        #expect(!ServiceListReader.recognizes(sample))
        return reader.read(file)
    }

    @Test func getWindowsFeatureCSV() throws {
        let text = #"""
            #TYPE Microsoft.Windows.ServerManager.Commands.Feature
            "Name","DisplayName","Description","Installed","InstallState","FeatureType","Path","Depth","DependsOn","Parent","ServerComponentDescriptor","SubFeatures","SystemService","Notification","BestPracticesModelId","EventQuery","PostConfigurationNeeded","AdditionalInfo"
            "Web-Server","Web Server (IIS)","Provides a reliable, manageable, and scalable Web application infrastructure.","True","Installed","Role","Web Server (IIS)","1","System.String[]","","ServerComponent_Web_Server","System.String[]","System.String[]","System.Management.Automation.PSObject[]","Microsoft/Windows/WebServer","","False","System.Collections.Hashtable"
            "Web-Asp-Net45","ASP.NET 4.8","Provides a server side object oriented programming environment for building Web sites and Web applications using managed code. ASP.NET 4.8 is not simply a new version of ASP.NET.","True","Installed","Role Service","Web Server (IIS)\Web Server\Application Development\ASP.NET 4.8","4","System.String[]","Web-App-Dev","ServerComponent_Web_Asp_Net45","System.String[]","System.String[]","System.Management.Automation.PSObject[]","","","False","System.Collections.Hashtable"
            "NET-Framework-Features",".NET Framework 3.5 Features",".NET Framework 3.5 combines the power of the .NET Framework 2.0 APIs with new technologies.","False","Removed","Feature",".NET Framework 3.5 Features","1","System.String[]","","ServerComponent_NET_Framework_Features","System.String[]","System.String[]","System.Management.Automation.PSObject[]","","","False","System.Collections.Hashtable"
            "MSMQ","Message Queuing","Message Queuing provides guaranteed message delivery.","False","Available","Feature","Message Queuing","1","System.String[]","","ServerComponent_MSMQ","System.String[]","System.String[]","System.Management.Automation.PSObject[]","","","False","System.Collections.Hashtable"
            """#
        let result = try read("features.csv", text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == [
            WindowsFeature(name: "Web-Server", displayName: "Web Server (IIS)", installed: true, installState: "Installed",
                           naming: .serverManager, source: SourceLocation(file: "features.csv", line: 3)),
            WindowsFeature(name: "Web-Asp-Net45", displayName: "ASP.NET 4.8", installed: true, installState: "Installed",
                           parent: "Web-App-Dev", naming: .serverManager, source: SourceLocation(file: "features.csv", line: 4)),
            WindowsFeature(name: "NET-Framework-Features", displayName: ".NET Framework 3.5 Features", installed: false,
                           installState: "Removed", naming: .serverManager, source: SourceLocation(file: "features.csv", line: 5)),
            WindowsFeature(name: "MSMQ", displayName: "Message Queuing", installed: false, installState: "Available",
                           naming: .serverManager, source: SourceLocation(file: "features.csv", line: 6)),
        ])
    }

    @Test func getWindowsFeatureJSONWithNumericInstallState() throws {
        let text = """
            [
                {
                    "Name":  "Web-Server",
                    "DisplayName":  "Web Server (IIS)",
                    "Installed":  true,
                    "InstallState":  1,
                    "FeatureType":  "Role",
                    "Path":  "Web Server (IIS)",
                    "Depth":  1,
                    "DependsOn":  [

                                  ],
                    "Parent":  null,
                    "SubFeatures":  [
                                        "Web-WebServer",
                                        "Web-Ftp-Server"
                                    ],
                    "AdditionalInfo":  {
                                           "MajorVersion":  10,
                                           "InstallName":  "IIS-WebServerRole"
                                       }
                },
                {
                    "Name":  "Web-WebSockets",
                    "DisplayName":  "WebSocket Protocol",
                    "Installed":  false,
                    "InstallState":  0,
                    "Parent":  "Web-App-Dev"
                },
                {
                    "Name":  "NET-Framework-Core",
                    "InstallState":  2,
                    "Parent":  "NET-Framework-Features"
                },
                {
                    "Name":  "Future-Feature",
                    "InstallState":  9
                }
            ]
            """
        let result = try read("features.json", text)
        #expect(result.value.map(\.name) == ["Web-Server", "Web-WebSockets", "NET-Framework-Core", "Future-Feature"])
        #expect(result.value.map(\.installed) == [true, false, false, false])
        #expect(result.value.map(\.installState) == ["Installed", "Available", "Removed", "9"])
        #expect(result.value.map(\.parent) == [nil, "Web-App-Dev", "NET-Framework-Features", nil])
        #expect(result.value.map(\.source.line) == [2, 23, 30, 35])
        #expect(result.value.allSatisfy { $0.naming == .serverManager })
        #expect(result.diagnostics == [Diagnostic(
            .warning, SourceLocation(file: "features.json", line: 35),
            "feature 'Future-Feature' has install state '9', which is not a known state; taken as not installed")])
    }

    @Test func getWindowsFeatureJSONSingleObject() throws {
        let result = try read("feature.json", #"{"Name": "Web-Server", "Installed": true, "InstallState": "Installed"}"#)
        #expect(result.value == [WindowsFeature(
            name: "Web-Server", installed: true, installState: "Installed", naming: .serverManager,
            source: SourceLocation(file: "feature.json", line: 1))])
    }

    @Test func getWindowsOptionalFeatureJSONWithNumericStates() throws {
        let text = """
            [
                {
                    "FeatureName":  "IIS-WebServerRole",
                    "State":  2,
                    "Path":  null,
                    "Online":  true,
                    "RestartNeeded":  false
                },
                {
                    "FeatureName":  "IIS-ASPNET45",
                    "State":  3
                },
                {
                    "FeatureName":  "NetFx3",
                    "State":  6
                },
                {
                    "FeatureName":  "SMB1Protocol",
                    "State":  1
                },
                {
                    "FeatureName":  "TelnetClient",
                    "State":  0
                },
                {
                    "FeatureName":  "MSMQ-Server",
                    "DisplayName":  "Microsoft Message Queue (MSMQ) Server Core",
                    "State":  "Enabled"
                }
            ]
            """
        let result = try read("optional-features.json", text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.value.map(\.name)
            == ["IIS-WebServerRole", "IIS-ASPNET45", "NetFx3", "SMB1Protocol", "TelnetClient", "MSMQ-Server"])
        #expect(result.value.map(\.installed) == [true, true, false, false, false, true])
        #expect(result.value.map(\.installState)
            == ["Enabled", "EnablePending", "DisabledWithPayloadRemoved", "DisablePending", "Disabled", "Enabled"])
        #expect(result.value.allSatisfy { $0.naming == .dism && $0.parent == nil })
        #expect(result.value.last?.displayName == "Microsoft Message Queue (MSMQ) Server Core")
        #expect(result.value.map(\.source.line) == [2, 9, 13, 17, 21, 25])
    }

    @Test func englishDismList() throws {
        let text = """

            Deployment Image Servicing and Management tool
            Version: 10.0.17763.1

            Image Version: 10.0.17763.1

            Features listing for package : Microsoft-Windows-Foundation-Package~31bf3856ad364e35~amd64~~10.0.17763.1

            Feature Name : IIS-WebServerRole
            State : Enabled

            Feature Name : IIS-ASPNET45
            State : Enable Pending

            Feature Name : NetFx3
            State : Disabled with Payload Removed

            Feature Name : TelnetClient
            State : Disabled

            The operation completed successfully.
            """
        let result = try read("dism-features.txt", text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == [
            WindowsFeature(name: "IIS-WebServerRole", installed: true, installState: "Enabled", naming: .dism,
                           source: SourceLocation(file: "dism-features.txt", line: 9)),
            WindowsFeature(name: "IIS-ASPNET45", installed: true, installState: "Enable Pending", naming: .dism,
                           source: SourceLocation(file: "dism-features.txt", line: 12)),
            WindowsFeature(name: "NetFx3", installed: false, installState: "Disabled with Payload Removed", naming: .dism,
                           source: SourceLocation(file: "dism-features.txt", line: 15)),
            WindowsFeature(name: "TelnetClient", installed: false, installState: "Disabled", naming: .dism,
                           source: SourceLocation(file: "dism-features.txt", line: 18)),
        ])
    }

    @Test func englishDismTableWithAnUnknownState() throws {
        let text = """
            Features listing for package : Microsoft-Windows-ServerCore-Package~31bf3856ad364e35~amd64~~10.0.20348.1

            ------------------------------------------- | --------
            Feature Name                                | State
            ------------------------------------------- | --------
            NetFx4ServerFeatures                        | Enabled
            IIS-WebServerRole                           | Disabled
            NetFx3ServerFeatures                        | Disabled with Payload Removed
            Containers                                  | Staged Somehow

            The operation completed successfully.
            """
        let result = try read("dism-table.txt", text)
        #expect(result.value.map(\.name) == ["NetFx4ServerFeatures", "IIS-WebServerRole", "NetFx3ServerFeatures", "Containers"])
        #expect(result.value.map(\.installed) == [true, false, false, false])
        #expect(result.value.map(\.source.line) == [6, 7, 8, 9])
        #expect(result.diagnostics == [Diagnostic(
            .warning, SourceLocation(file: "dism-table.txt", line: 9),
            "feature 'Containers' has install state 'Staged Somehow', which is not a known state; taken as not installed")])
    }

    @Test func csvWithoutANameColumnIsAnError() throws {
        let text = "#TYPE Microsoft.Windows.ServerManager.Commands.Feature\n\"DisplayName\",\"Installed\"\n\"Web Server (IIS)\",\"True\"\n"
        let result = try read("features.csv", text)
        #expect(result.value.isEmpty)
        #expect(result.diagnostics == [Diagnostic(
            .error, SourceLocation(file: "features.csv", line: 2),
            "feature list CSV has no 'Name' column (found: DisplayName, Installed); expected Get-WindowsFeature or Get-WindowsOptionalFeature columns")])
    }

    @Test func shortRowsAndRowsWithoutAStateAreReported() throws {
        let text = "\"FeatureName\",\"State\",\"RestartNeeded\"\n\"NetFx3\",\"Enabled\",\"False\"\n\"TelnetClient\"\n\"\",\"Enabled\",\"False\"\n"
        let result = try read("optional-features.csv", text)
        #expect(result.value.map(\.name) == ["NetFx3", "TelnetClient"])
        #expect(result.value.map(\.installed) == [true, false])
        #expect(result.diagnostics == [
            Diagnostic(.warning, SourceLocation(file: "optional-features.csv", line: 3),
                       "row has 1 of the header's 3 fields; the missing fields are taken as empty"),
            Diagnostic(.warning, SourceLocation(file: "optional-features.csv", line: 3),
                       "feature 'TelnetClient' has no install state; taken as not installed"),
            Diagnostic(.warning, SourceLocation(file: "optional-features.csv", line: 4), "feature row has no name; skipped"),
        ])
    }

    @Test func invalidJSONIsAnErrorOnItsLine() throws {
        let text = "[\n  {\"FeatureName\": \"NetFx3\", \"State\": 2},\n  {\"FeatureName\": \"TelnetClient\", \"State\": }\n]"
        let result = try read("features.json", text)
        #expect(result.value.isEmpty)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "features.json", line: 3))
        #expect(diagnostic.message.hasPrefix("feature list JSON could not be parsed: "))
    }

    @Test func otherFilesAreNotFeatureLists() throws {
        for text in ["Windows Registry Editor Version 5.00\n", "\"Name\",\"Status\"\n\"W3SVC\",\"Running\"\n",
                     "one;two words;three", "", "C:\\Windows;C:\\Windows\\System32"] {
            #expect(!FeatureListReader.recognizes(InputSample(fileName: "x.txt", prefix: Data(text.utf8))), "\(text)")
        }
        let result = reader.read(try Fixtures.temporaryFile(named: "notes.txt", text: "just some notes\n"))
        #expect(result.value.isEmpty)
        #expect(result.diagnostics.map(\.severity) == [.error])
    }
}
