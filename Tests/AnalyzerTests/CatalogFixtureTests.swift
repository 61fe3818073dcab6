@testable import Analyzer
import Foundation
import Testing

/// The project's catalog (`rules/catalog`), loaded once for the catalog, compatibility and planner tests.
enum CatalogFixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("rules/catalog")

    private static let loaded = Result { try CatalogLoader.load(directory: directory) }

    static func catalog() throws -> Catalog {
        try loaded.get()
    }
}

@Suite struct CatalogFixtureTests {
    @Test func projectCatalogLoads() throws {
        let catalog = try CatalogFixture.catalog()
        #expect(catalog.versions.count == 33)
        #expect(catalog.images.count == 10)
        #expect(catalog.compatibility.matrix.count > 30)
        #expect(catalog.features.count > 100)
        #expect(catalog.modules.count > 40)
    }
}
