import Analyzer
import ManifestReaders
import Testing

@Suite struct PortSharingTests {
    /// (workload, protocol, port, host header, sharedWith) of every required port of `capture`.
    static func ports(_ capture: String, split: WorkloadSplitter.Mode = .perSiteAndService) throws
        -> [[String]] {
        let assessment = try AssessmentBuilder.build(
            inventory: try RequirementExamples.inventory(capture),
            options: AnalysisOptions(split: split, asOf: "2026-11-23"), catalog: try CatalogFixture.catalog())
        return assessment.workloads.flatMap { assessed in
            assessed.requirements.ports.map {
                [assessed.workload.id, $0.protocol, $0.port.map(String.init) ?? "-", $0.hostHeader ?? "-",
                 $0.sharedWith.map(String.init) ?? "nil"]
            }
        }
    }

    @Test func countsTheOtherWorkloadsOnTheSamePortAndProtocolFamily() throws {
        #expect(try Self.ports("multi-site-webfarm") == [
            ["site-default-web-site", "http", "80", "", "2"],
            ["site-fabrikam-shop", "https", "443", "shop.fabrikam.com", "1"],
            ["site-fabrikam-shop", "http", "80", "shop.fabrikam.com", "2"],
            ["site-fabrikam-api", "https", "443", "", "1"],
            ["site-fabrikam-api", "net.tcp", "808", "-", "0"],
            ["site-legacy-reports", "http", "8080", "", "0"],
            // Two bindings of one site on port 80 count the other workloads once, not each other.
            ["site-fabrikam-marketing", "http", "80", "www.fabrikam.com", "2"],
            ["site-fabrikam-marketing", "http", "80", "fabrikam.com", "2"],
        ])
    }

    @Test func aWholeServerWorkloadSharesWithNobody() throws {
        let ports = try Self.ports("multi-site-webfarm", split: .perServer)
        #expect(ports.count == 8)
        #expect(Set(ports.map { $0[4] }) == ["0"])
    }
}
