@testable import Analyzer
import ManifestReaders
import Testing

@Suite struct WorkloadSplitterTests {
    @Test func oneWorkloadPerSiteAndAddedServiceProcess() {
        let workloads = WorkloadSplitter().workloads(of: SampleInventory.make())
        #expect(workloads.map(\.id) == ["site-shop", "service-ordersvc"])
        #expect(workloads.map(\.kind) == [.iisSite, .windowsService])
        #expect(workloads[0].name == "Shop <\"&'>")
        #expect(workloads[1].source == SourceLocation(file: "services.csv", line: 3))
    }

    @Test func onePerServerWhenAsked() {
        let workloads = WorkloadSplitter(mode: .perServer).workloads(of: SampleInventory.make())
        #expect(workloads.map(\.id) == ["server-web01"])
        #expect(workloads[0].kind == .server)
    }

    @Test func slugsAreFolderSafeAndUnique() {
        #expect(WorkloadSplitter.slug("..\\..\\Windows $(rm) `x`") == "windows-rm-x")
        #expect(WorkloadSplitter.slug("日本") == "unnamed")
        var inventory = SampleInventory.make()
        var twin = inventory.iis!.sites[0]
        twin.name = "shop"
        inventory.iis!.sites.append(twin)
        #expect(WorkloadSplitter().workloads(of: inventory).map(\.id) == ["site-shop", "site-shop-2", "service-ordersvc"])
    }

    @Test func idsOfSitesWhoseNamesSlugAlikeCountUpPastTakenOnes() {
        var inventory = SampleInventory.make()
        let template = inventory.iis!.sites[0]
        inventory.iis!.sites = ["A b", "a-b-2", "A B", "a.b", "a b"].map { name in
            var site = template
            site.name = name
            return site
        }
        #expect(WorkloadSplitter().workloads(of: inventory).map(\.id)
            == ["site-a-b", "site-a-b-2", "site-a-b-3", "site-a-b-4", "site-a-b-5", "service-ordersvc"])
    }
}
