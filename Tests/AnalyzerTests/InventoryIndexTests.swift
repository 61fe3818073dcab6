import Analyzer
import ManifestReaders
import Testing

private typealias Source = ManifestReaders.SourceLocation

@Suite struct InventoryIndexTests {
    /// Two sites whose names share a prefix, with pools, web.configs and locations in mixed case.
    static func inventory() -> Inventory {
        func at(_ line: Int) -> Source { Source(file: "iis/applicationHost.config", line: line) }
        func site(_ name: String, pool: String, line: Int) -> IISSite {
            IISSite(id: nil, name: name, serverAutoStart: true,
                    applications: [IISApplication(path: "/", applicationPool: pool, virtualDirectories: [], source: at(line))],
                    bindings: [], source: at(line))
        }
        func location(_ path: String, line: Int) -> IISLocation {
            IISLocation(path: path, rawTag: "<location path=\"\(path)\">", source: at(line))
        }
        let iis = IISConfiguration(
            source: at(0), sites: [site("Shop", pool: "shoppool", line: 10), site("Shop2", pool: "Shop2Pool", line: 20)],
            applicationPools: [IISApplicationPool(name: "ShopPool", source: at(1)),
                               IISApplicationPool(name: "SHOPPOOL", source: at(2)),
                               IISApplicationPool(name: "Shop2Pool", source: at(3))],
            locations: [location("shop", line: 30), location("Shop2/api", line: 31), location("SHOP/admin", line: 32),
                        location("Shop2", line: 33), location("", line: 34), location("Shopping/x", line: 35)])
        return Inventory(captureName: "index", iis: iis, webConfigs: [
            WebConfig(site: "SHOP", applicationPath: "/", source: Source(file: "web/shop/web.config", line: 0)),
            WebConfig(site: "Shop2", applicationPath: "/", source: Source(file: "web/shop2/web.config", line: 0)),
            WebConfig(source: Source(file: "web/none/web.config", line: 0)),
        ])
    }

    @Test func findsEachSitesElementsIgnoringCaseAndNotThoseOfASiteWithALongerName() throws {
        let index = InventoryIndex(Self.inventory())
        let workloads = WorkloadSplitter().workloads(of: index.inventory)
        let shop = try #require(index.scope(of: workloads[0]).sites.first)
        #expect(shop.site.name == "Shop")
        #expect(shop.pools.map(\.source.line) == [1])
        #expect(shop.locations.map(\.path) == ["shop", "SHOP/admin"])
        #expect(shop.webConfigs.map(\.source.file) == ["web/shop/web.config"])
        let shop2 = try #require(index.scope(of: workloads[1]).sites.first)
        #expect(shop2.pools.map(\.name) == ["Shop2Pool"])
        #expect(shop2.locations.map(\.path) == ["Shop2/api", "Shop2"])
        #expect(shop2.webConfigs.map(\.source.file) == ["web/shop2/web.config"])
    }

    @Test func aServerWorkloadHasEverySite() {
        let index = InventoryIndex(Self.inventory())
        let server = WorkloadSplitter(mode: .perServer).workloads(of: index.inventory)[0]
        #expect(index.scope(of: server).sites.map(\.site.name) == ["Shop", "Shop2"])
    }
}
