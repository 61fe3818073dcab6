import Foundation
import Testing
import ManifestReaders

/// What the shipped example captures hold (see `examples/captures/README.md`, checked against the files).
struct ExampleCapture: Sendable, CustomTestStringConvertible {
    var name: String
    var inputs: Int
    var sites: Int?
    var bindings: Int?
    var applicationPools: Int?
    var webConfigs: Int
    var services: Int
    var addedServices: [String]
    var featuresListed: Int
    var featuresInstalled: Int
    var programs: Int
    var dotNetFrameworks: [String]
    var build: Int
    var ubr: Int
    var computerName: String

    var testDescription: String { name }

    static let all = [
        ExampleCapture(
            name: "intranet-aspnet48", inputs: 8, sites: 2, bindings: 3, applicationPools: 4, webConfigs: 2,
            services: 43, addedServices: ["Zabbix Agent"], featuresListed: 37, featuresInstalled: 37, programs: 5,
            dotNetFrameworks: ["2.0", "3.0", "3.5", "4.8"], build: 17763, ubr: 6054, computerName: "CONTOSO-INTRA01"),
        ExampleCapture(
            name: "multi-site-webfarm", inputs: 10, sites: 5, bindings: 8, applicationPools: 10, webConfigs: 4,
            services: 39, addedServices: ["FabrikamImageResizer", "SplunkForwarder"], featuresListed: 89,
            featuresInstalled: 53, programs: 8, dotNetFrameworks: ["2.0", "3.0", "3.5", "4.7.2"], build: 14393,
            ubr: 7159, computerName: "FABRIKAM-WEB02"),
        ExampleCapture(
            name: "orders-service-msmq", inputs: 5, sites: nil, bindings: nil, applicationPools: nil, webConfigs: 0,
            services: 33, addedServices: ["WgUsbKey", "WoodgroveNotifier", "WoodgroveOrderProcessor"],
            featuresListed: 63, featuresInstalled: 19, programs: 8,
            dotNetFrameworks: ["2.0", "3.0", "3.5", "4.5.2"], build: 9600, ubr: 21620, computerName: "WOODGROVE-APP03"),
    ]
}

@Suite("CaptureLoader: example captures")
struct CaptureExampleTests {
    @Test(arguments: ExampleCapture.all)
    func loadsTheExampleWithItsCounts(_ expected: ExampleCapture) throws {
        let inventory = try CaptureLoader.load(Fixtures.example(expected.name))
        #expect(inventory.captureName == expected.name)
        #expect(inventory.inputs.count == expected.inputs)
        #expect(inventory.inputs.allSatisfy { $0.kind != nil })
        #expect(inventory.manifest?.hostname == expected.computerName)
        #expect(inventory.iis?.sites.count == expected.sites)
        #expect(inventory.iis.map { $0.sites.reduce(0) { $0 + $1.bindings.count } } == expected.bindings)
        #expect(inventory.iis?.applicationPools.count == expected.applicationPools)
        #expect(inventory.webConfigs.count == expected.webConfigs)
        #expect(inventory.webConfigs.allSatisfy { $0.site != nil && $0.applicationPath != nil })
        #expect(inventory.services.count == expected.services)
        #expect(inventory.features.count == expected.featuresListed)
        #expect(inventory.features.filter(\.installed).count == expected.featuresInstalled)
        #expect(inventory.programs.count == expected.programs)
        #expect(inventory.dotNetFrameworks.map(\.version) == expected.dotNetFrameworks)
        #expect(inventory.host?.build == expected.build)
        #expect(inventory.host?.ubr == expected.ubr)
        #expect(inventory.host?.computerName == expected.computerName)
        #expect(inventory.diagnostics.isEmpty)
        let added = inventory.services.filter { !$0.isBuiltIn }.map(\.name)
        #expect(added == expected.addedServices)
    }

    @Test func mergesTheServiceListWithTheRegistry() throws {
        let inventory = try CaptureLoader.load(Fixtures.example("orders-service-msmq"))
        let processor = try #require(inventory.services.first { $0.name == "WoodgroveOrderProcessor" })
        #expect(processor.state != nil)
        #expect(processor.delayedAutoStart == true)
        #expect(processor.account == "WOODGROVE\\svc-orders")
        #expect(processor.source.file == "services.txt")
        let driver = try #require(inventory.services.first { $0.name == "WgUsbKey" })
        #expect(driver.state == nil)
        #expect(driver.source.file == "registry/system.reg")
        #expect(driver.serviceType == "Kernel Driver")
    }
}
