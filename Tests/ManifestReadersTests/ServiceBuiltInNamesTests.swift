import Testing
@testable import ManifestReaders

@Suite struct ServiceBuiltInNamesTests {
    @Test(arguments: ["W3SVC", "was", "IISADMIN", "MSMQ", "MSDTC", "wuauserv", "AarSvc_3f2b1", "CDPUserSvc_13a184", "Tcpip"])
    func windowsServicesAreBuiltIn(name: String) {
        #expect(BuiltInServices.isBuiltIn(name: name, binaryPath: nil))
    }

    @Test(arguments: ["OrdersService", "Steam Client Service", "MyApp_12345678901", "AarSvc_xyz12"])
    func otherNamesAreNot(name: String) {
        #expect(!BuiltInServices.isBuiltIn(name: name, binaryPath: nil))
    }

    @Test func windowsServiceHostCountsAsBuiltIn() {
        for path in ["%SystemRoot%\\System32\\svchost.exe -k netsvcs", "C:\\WINDOWS\\system32\\svchost.exe -k LocalService -p",
                     "\"D:\\Windows\\System32\\svchost.exe\" -k Vendor", "\\SystemRoot\\system32\\svchost.exe -k x"] {
            #expect(BuiltInServices.isBuiltIn(name: "VendorSvc", binaryPath: path), "\(path)")
        }
        for path in ["C:\\Program Files\\Vendor\\svchost.exe -k x", "C:\\Windows\\SysWOW64\\svchost.exe -k x",
                     "C:\\Windows\\System32\\vendor.exe"] {
            #expect(!BuiltInServices.isBuiltIn(name: "VendorSvc", binaryPath: path), "\(path)")
        }
    }

    @Test func displayNamesGiveServiceNames() {
        #expect(BuiltInServices.serviceName(forDisplayName: "World Wide Web Publishing Service") == "W3SVC")
        #expect(BuiltInServices.serviceName(forDisplayName: "windows process activation service") == "WAS")
        #expect(BuiltInServices.serviceName(forDisplayName: "Clipboard User Service_1b1cd") == "cbdhsvc_1b1cd")
        #expect(BuiltInServices.serviceName(forDisplayName: "Contoso Orders") == nil)
        #expect(BuiltInServices.names(startingWith: "AudioEndpoint") == ["AudioEndpointBuilder"])
    }
}
