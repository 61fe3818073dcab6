import Testing

@testable import ManifestReaders

@Suite struct BindingInformationTests {
    @Test(arguments: [
        ("http", "*:80:", BindingInformation(ipAddress: "*", port: 80, hostHeader: "")),
        ("https", "10.0.0.5:443:shop.contoso.com", BindingInformation(ipAddress: "10.0.0.5", port: 443, hostHeader: "shop.contoso.com")),
        ("https", ":8085:PaymentStatus", BindingInformation(ipAddress: "*", port: 8085, hostHeader: "PaymentStatus")),
        ("https", "[::1]:443:", BindingInformation(ipAddress: "[::1]", port: 443, hostHeader: "")),
        ("http", "[fe80::1%4]:8080:intranet", BindingInformation(ipAddress: "[fe80::1%4]", port: 8080, hostHeader: "intranet")),
        ("HTTP", "*:8080:localhost", BindingInformation(ipAddress: "*", port: 8080, hostHeader: "localhost")),
        ("ftp", "*:21:", BindingInformation(ipAddress: "*", port: 21, hostHeader: "")),
        ("http", "*:80", BindingInformation(ipAddress: "*", port: 80, hostHeader: "")),
        ("net.tcp", "808:*", BindingInformation(port: 808)),
        ("net.tcp", "808:ImageClearingImagesService.DEV", BindingInformation(port: 808)),
        ("net.pipe", "*", BindingInformation()),
        ("net.msmq", "localhost", BindingInformation()),
        ("msmq.formatname", "localhost", BindingInformation()),
        ("gopher", "*:70:", BindingInformation()),
    ])
    func parsesEachProtocolsForm(protocol: String, information: String, expected: BindingInformation) {
        #expect(BindingInformation(protocol: `protocol`, information: information) == expected)
    }

    @Test func reportsANonNumericPortAndKeepsTheRest() {
        let parts = BindingInformation(protocol: "http", information: "*:eighty:www.contoso.com")
        #expect(parts.ipAddress == "*")
        #expect(parts.hostHeader == "www.contoso.com")
        #expect(parts.port == nil)
        #expect(parts.problem == "has a port (\"eighty\") that is not a whole number from 0 to 65535; the port was ignored")
        #expect(BindingInformation(protocol: "net.tcp", information: "99999:*").port == nil)
    }

    @Test func reportsAnAddressWithoutParts() {
        let parts = BindingInformation(protocol: "https", information: "localhost")
        #expect(parts == BindingInformation(problem: "is not in the form IP:port:host"))
        #expect(BindingInformation(protocol: "https", information: "[::1]443").problem == "is not in the form IP:port:host")
    }

    @Test func readsNonASCIITextCharacterByCharacter() {
        let host = BindingInformation(protocol: "http", information: "*:80:bücher.example")
        #expect(host == BindingInformation(ipAddress: "*", port: 80, hostHeader: "bücher.example"))
        // A colon followed by a combining mark is another `Character`, so it parts nothing.
        let marked = BindingInformation(protocol: "http", information: "*:80:\u{301}x")
        #expect(marked.ipAddress == "*")
        #expect(marked.hostHeader == "")
        #expect(marked.port == nil)
        #expect(marked.problem?.hasPrefix("has a port (\"80:\u{301}x\")") == true)
    }
}
