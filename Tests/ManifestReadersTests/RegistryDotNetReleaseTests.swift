import Foundation
import ManifestReaders
import Testing

/// The `Release` → .NET Framework version mapping, at each boundary of Microsoft's table.
@Suite struct RegistryDotNetReleaseTests {
    static let boundaries: [(release: Int, version: String, below: String)] = [
        (533_320, "4.8.1", "4.8"),
        (528_040, "4.8", "4.7.2"),
        (461_808, "4.7.2", "4.7.1"),
        (461_308, "4.7.1", "4.7"),
        (460_798, "4.7", "4.6.2"),
        (394_802, "4.6.2", "4.6.1"),
        (394_254, "4.6.1", "4.6"),
        (393_295, "4.6", "4.5.2"),
        (379_893, "4.5.2", "4.5.1"),
        (378_675, "4.5.1", "4.5"),
        (378_389, "4.5", "4.0"),
    ]

    static func version(forRelease release: Int) throws -> String? {
        let file = try Fixtures.temporaryFile(named: "ndp.reg", text: """
            Windows Registry Editor Version 5.00

            [HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full]
            "Release"=dword:\(String(release, radix: 16))

            """)
        var collector = RegistryFactsCollector()
        _ = RegFileReader().read(file) { collector.add($0, file: file) }
        let frameworks = collector.facts.dotNetFrameworks
        #expect(frameworks.map(\.release) == [release])
        return frameworks.first?.version
    }

    @Test(arguments: boundaries) func boundary(_ release: Int, _ version: String, _ below: String) throws {
        #expect(try Self.version(forRelease: release) == version)
        #expect(try Self.version(forRelease: release - 1) == below)
    }

    @Test func releasesAboveTheTable() throws {
        #expect(try Self.version(forRelease: 533_325) == "4.8.1")
    }
}
