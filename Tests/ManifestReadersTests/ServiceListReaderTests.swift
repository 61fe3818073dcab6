import Foundation
import Testing
@testable import ManifestReaders

/// Service list formats the corpus lacks, written the way the Windows tools write them, and bad input.
@Suite struct ServiceListReaderTests {
    private let reader = ServiceListReader()

    private func read(_ name: String, _ text: String) throws -> ReadResult<[WindowsService]> {
        let file = try Fixtures.temporaryFile(named: name, text: text)
        let sample = try #require(InputSample(url: file.url))
        #expect(ServiceListReader.recognizes(sample))
        #expect(!FeatureListReader.recognizes(sample))
        return reader.read(file)
    }

    private static let cimServicesJSON = """
        [
            {
                "Name":  "W3SVC",
                "Status":  "OK",
                "ExitCode":  0,
                "DesktopInteract":  false,
                "PathName":  "C:\\\\Windows\\\\system32\\\\svchost.exe -k iissvcs",
                "ServiceType":  "Share Process",
                "StartMode":  "Auto",
                "Caption":  "World Wide Web Publishing Service",
                "Description":  "Provides Web connectivity and administration through the Internet Information Services Manager",
                "DisplayName":  "World Wide Web Publishing Service",
                "ProcessId":  2212,
                "StartName":  "LocalSystem",
                "State":  "Running",
                "DelayedAutoStart":  false,
                "CimClass":  {
                                 "CimSuperClassName":  "Win32_BaseService",
                                 "CimClassName":  "Win32_Service"
                             },
                "CimInstanceProperties":  [
                                              "AcceptPause = True",
                                              "AcceptStop = True"
                                          ],
                "CimSystemProperties":  {
                                            "Namespace":  "root/cimv2",
                                            "ServerName":  "WEB01",
                                            "ClassName":  "Win32_Service",
                                            "Path":  null
                                        }
            },
            {
                "Name":  "OrdersService",
                "Status":  "OK",
                "PathName":  "\\"D:\\\\Apps\\\\Orders\\\\OrdersService.exe\\" -service",
                "ServiceType":  "Own Process",
                "StartMode":  "Auto",
                "DisplayName":  "Contoso Orders {queue} [v2]",
                "StartName":  "CONTOSO\\\\svc-orders",
                "State":  "Stopped",
                "DelayedAutoStart":  true
            }
        ]
        """

    @Test func getCimInstanceJSONArray() throws {
        let result = try read("services.json", Self.cimServicesJSON)
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == [
            WindowsService(
                name: "W3SVC", displayName: "World Wide Web Publishing Service", state: "Running", startMode: "Auto",
                delayedAutoStart: false, account: "LocalSystem",
                binaryPath: "C:\\Windows\\system32\\svchost.exe -k iissvcs", serviceType: "Share Process",
                description: "Provides Web connectivity and administration through the Internet Information Services Manager",
                isBuiltIn: true, source: SourceLocation(file: "services.json", line: 2)),
            WindowsService(
                name: "OrdersService", displayName: "Contoso Orders {queue} [v2]", state: "Stopped", startMode: "Auto",
                delayedAutoStart: true, account: "CONTOSO\\svc-orders",
                binaryPath: "\"D:\\Apps\\Orders\\OrdersService.exe\" -service", serviceType: "Own Process",
                isBuiltIn: false, source: SourceLocation(file: "services.json", line: 32)),
        ])
    }

    @Test func getCimInstanceJSONSingleObject() throws {
        let text = """
            {
                "Name":  "MSMQ",
                "State":  "Running",
                "StartMode":  "Auto",
                "PathName":  "C:\\\\Windows\\\\system32\\\\mqsvc.exe",
                "StartName":  "NT AUTHORITY\\\\NetworkService",
                "ServiceType":  "Own Process"
            }
            """
        let result = try read("msmq.json", text)
        #expect(result.diagnostics.isEmpty)
        let msmq = try #require(result.value.first)
        #expect(result.value.count == 1)
        #expect(msmq.name == "MSMQ")
        #expect(msmq.account == "NT AUTHORITY\\NetworkService")
        #expect(msmq.isBuiltIn)
        #expect(msmq.source.line == 1)
    }

    @Test func windowsPowerShell5GetServiceJSONWritesEnumsAsNumbers() throws {
        let text = """
            [
                {
                    "Name":  "Spooler",
                    "DisplayName":  "Print Spooler",
                    "ServiceName":  "Spooler",
                    "Status":  4,
                    "ServiceType":  272,
                    "StartType":  2,
                    "CanStop":  true
                },
                {
                    "Name":  "CDPUserSvc_3f2b1",
                    "Status":  1,
                    "ServiceType":  224,
                    "StartType":  3
                },
                {
                    "Name":  "LegacyDriver",
                    "Status":  7,
                    "ServiceType":  1,
                    "StartType":  4
                },
                {
                    "ServiceName":  "BootFs",
                    "Status":  2,
                    "ServiceType":  2,
                    "StartType":  0
                },
                "not an object"
            ]
            """
        let result = try read("services.json", text)
        #expect(result.value.map(\.name) == ["Spooler", "CDPUserSvc_3f2b1", "LegacyDriver", "BootFs"])
        #expect(result.value.map(\.state) == ["Running", "Stopped", "Paused", "Start Pending"])
        #expect(result.value.map(\.startMode) == ["Auto", "Manual", "Disabled", "Boot"])
        #expect(result.value.map(\.serviceType)
            == ["Own Process (Interactive)", "User Share Process", "Kernel Driver", "File System Driver"])
        #expect(result.value.map(\.isBuiltIn) == [true, true, false, false])
        #expect(result.value.map(\.source.line) == [2, 11, 17, 23])
        #expect(result.diagnostics == [Diagnostic(
            .warning, SourceLocation(file: "services.json", line: 1), "1 list elements are not objects; skipped")])
    }

    @Test(arguments: [
        "#TYPE System.Management.ManagementObject#root\\cimv2\\Win32_Service",
        "#TYPE Microsoft.Management.Infrastructure.CimInstance#root/cimv2/Win32_Service",
        "#TYPE Deserialized.Microsoft.Management.Infrastructure.CimInstance#root/cimv2/Win32_Service",
    ])
    func win32ServiceCSV(typeLine: String) throws {
        let text = typeLine + "\r\n" + #"""
            "Name","DisplayName","State","Status","StartMode","StartName","PathName","ServiceType","Description","DelayedAutoStart","ProcessId"\#r
            "W3SVC","World Wide Web Publishing Service","Running","OK","Auto","LocalSystem","C:\Windows\system32\svchost.exe -k iissvcs","Share Process","Provides Web connectivity, and ""administration""","False","2212"\#r
            "OrdersService","Contoso Orders","Stopped","OK","Auto","CONTOSO\svc-orders","""D:\Apps\Orders\OrdersService.exe"" -service","Own Process","Processes orders.\#r
            Second line of the description.","True","0"\#r
            "Telemetry","Vendor Telemetry","Running","OK","Manual","LocalSystem","C:\Windows\System32\svchost.exe -k VendorGroup","Share Process","","False","990"\#r

            """#
        let result = try read("services.csv", text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.value.map(\.name) == ["W3SVC", "OrdersService", "Telemetry"])
        #expect(result.value.map(\.source.line) == [3, 4, 6])
        let orders = result.value[1]
        #expect(orders.binaryPath == "\"D:\\Apps\\Orders\\OrdersService.exe\" -service")
        #expect(orders.description == "Processes orders.\nSecond line of the description.")
        #expect(orders.delayedAutoStart == true)
        #expect(orders.state == "Stopped")
        #expect(!orders.isBuiltIn)
        #expect(result.value[0].description == "Provides Web connectivity, and \"administration\"")
        // An unknown service hosted by the Windows svchost.exe counts as built-in.
        #expect(result.value[2].isBuiltIn)
        #expect(result.value[2].description == nil)
    }

    @Test func scQueryexAndQcOutputIsMerged() throws {
        let text = """
            SERVICE_NAME: W3SVC
            DISPLAY_NAME: World Wide Web Publishing Service
                    TYPE               : 20  WIN32_SHARE_PROCESS
                    STATE              : 4  RUNNING
                                            (STOPPABLE, PAUSABLE, IGNORES_SHUTDOWN)
                    WIN32_EXIT_CODE    : 0  (0x0)
                    SERVICE_EXIT_CODE  : 0  (0x0)
                    CHECKPOINT         : 0x0
                    WAIT_HINT          : 0x0
                    PID                : 2212
                    FLAGS              :

            SERVICE_NAME: OrdersService
            DISPLAY_NAME: Contoso Orders
                    TYPE               : 110  WIN32_OWN_PROCESS (interactive)
                    STATE              : 1  STOPPED
                    WIN32_EXIT_CODE    : 1077  (0x435)
                    PID                : 0

            [SC] QueryServiceConfig SUCCESS

            SERVICE_NAME: OrdersService
                    TYPE               : 110  WIN32_OWN_PROCESS (interactive)
                    START_TYPE         : 2   AUTO_START  (DELAYED)
                    ERROR_CONTROL      : 1   NORMAL
                    BINARY_PATH_NAME   : "D:\\Apps\\Orders\\OrdersService.exe" -service
                    LOAD_ORDER_GROUP   :
                    TAG                : 0
                    DISPLAY_NAME       : Contoso Orders
                    DEPENDENCIES       : MSMQ
                                       : HTTP
                    SERVICE_START_NAME : CONTOSO\\svc-orders

            SERVICE_NAME: CDPUserSvc_3f2b1
            DISPLAY_NAME: Connected Devices Platform User Service_3f2b1
                    TYPE               : e0  USER_SHARE_PROCESS INSTANCE
                    STATE              : 2  START_PENDING
            """
        let result = try read("sc-queryex.txt", text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == [
            WindowsService(
                name: "W3SVC", displayName: "World Wide Web Publishing Service", state: "Running",
                serviceType: "Share Process", isBuiltIn: true, source: SourceLocation(file: "sc-queryex.txt", line: 1)),
            WindowsService(
                name: "OrdersService", displayName: "Contoso Orders", state: "Stopped", startMode: "Auto",
                delayedAutoStart: true, account: "CONTOSO\\svc-orders",
                binaryPath: "\"D:\\Apps\\Orders\\OrdersService.exe\" -service", serviceType: "Own Process (Interactive)",
                isBuiltIn: false, source: SourceLocation(file: "sc-queryex.txt", line: 13)),
            WindowsService(
                name: "CDPUserSvc_3f2b1", displayName: "Connected Devices Platform User Service_3f2b1",
                state: "Start Pending", serviceType: "User Share Process", isBuiltIn: true,
                source: SourceLocation(file: "sc-queryex.txt", line: 34)),
        ])
    }

    @Test func csvWithoutANameColumnIsAnError() throws {
        let result = try read("services.csv", "\"Status\",\"StartType\"\n\"Running\",\"Automatic\"\n")
        #expect(result.value.isEmpty)
        #expect(result.diagnostics == [Diagnostic(
            .error, SourceLocation(file: "services.csv", line: 1),
            "service list CSV has no 'Name' column (found: Status, StartType); expected Get-CimInstance Win32_Service or Get-Service columns")])
    }

    @Test func shortAndNamelessRowsAreReported() throws {
        let text = """
            #TYPE System.ServiceProcess.ServiceController
            "Name","DisplayName","Status","StartType","ServiceType"
            "W3SVC","World Wide Web Publishing Service"
            "","Nameless","Running","Automatic","16"
            "WAS","Windows Process Activation Service","Running","Manual","32","extra"
            "broken","never closed,Stopped
            Manual
            """
        let result = try read("services.csv", text)
        #expect(result.value.map(\.name) == ["W3SVC", "WAS"])
        #expect(result.value[0].displayName == "World Wide Web Publishing Service")
        #expect(result.value[0].state == nil)
        #expect(result.diagnostics == [
            Diagnostic(.warning, SourceLocation(file: "services.csv", line: 3),
                       "row has 2 of the header's 5 fields; the missing fields are taken as empty"),
            Diagnostic(.warning, SourceLocation(file: "services.csv", line: 4), "service row has no name; skipped"),
            Diagnostic(.warning, SourceLocation(file: "services.csv", line: 5),
                       "row has 6 fields but the header has 5; the extra fields are ignored"),
            Diagnostic(.error, SourceLocation(file: "services.csv", line: 6),
                       "quoted field is never closed; the rest of the file was not read"),
        ])
    }

    @Test func invalidJSONIsAnErrorOnItsLine() throws {
        let text = """
            [
                {
                    "Name":  "W3SVC",
                    "State":  "Running",
                    "StartMode":  Auto
                }
            ]
            """
        let result = try read("services.json", text)
        #expect(result.value.isEmpty)
        #expect(result.diagnostics.count == 1)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "services.json", line: 5))
        #expect(diagnostic.message.hasPrefix("service list JSON could not be parsed: "))
    }

    @Test func jsonObjectWithoutANameIsSkipped() throws {
        let result = try read("services.json", "[{\"Name\": \"WAS\", \"Status\": 4},\n {\"DisplayName\": \"x\", \"Status\": 1}]")
        #expect(result.value.map(\.name) == ["WAS"])
        #expect(result.diagnostics == [Diagnostic(
            .warning, SourceLocation(file: "services.json", line: 2), "service object has no 'Name' or 'ServiceName'; skipped")])
    }

    @Test func otherFilesAreNotServiceLists() throws {
        for text in ["Windows Registry Editor Version 5.00\n", "{\"hostname\": \"web01\", \"capturedAt\": \"2024\"}",
                     "\"Name\",\"InstallState\"\n\"Web-Server\",\"Installed\"\n", ""] {
            #expect(!ServiceListReader.recognizes(InputSample(fileName: "x.txt", prefix: Data(text.utf8))))
        }
        let file = try Fixtures.temporaryFile(named: "notes.txt", text: "just some notes\n")
        let result = reader.read(file)
        #expect(result.value.isEmpty)
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.diagnostics.first?.location.line == 0)
    }

    @Test func missingFileIsAnError() {
        let file = CaptureFile(path: "services.csv", url: URL(fileURLWithPath: "/nonexistent/services.csv"))
        let result = reader.read(file)
        #expect(result.value.isEmpty)
        #expect(result.diagnostics == [Diagnostic(
            .error, SourceLocation(file: "services.csv", line: 0), "cannot read the file: no such file")])
    }
}
