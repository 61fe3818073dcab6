@testable import Analyzer
import Foundation
import Testing

@Suite struct CatalogLoaderTests {
    /// A copy of the project's catalog in a new directory, with `file` replaced by `text`.
    private func catalogDirectory(replacing file: String, with text: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in CatalogLoader.fileNames {
            try FileManager.default.copyItem(at: CatalogFixture.directory.appendingPathComponent(name),
                                             to: directory.appendingPathComponent(name))
        }
        try Data(text.utf8).write(to: directory.appendingPathComponent(file))
        return directory
    }

    private func loadError(replacing file: String, with text: String) throws -> (CatalogError?, String) {
        let directory = try catalogDirectory(replacing: file, with: text)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(file).path
        do {
            _ = try CatalogLoader.load(directory: directory)
            return (nil, path)
        } catch let error as CatalogError {
            return (error, path)
        }
    }

    @Test func versionLookups() throws {
        let catalog = try CatalogFixture.catalog()
        #expect(catalog.version(named: "ltsc2019")?.build == 17763)
        #expect(catalog.version(named: "1809")?.id == "ltsc2019")
        #expect(catalog.version(named: "windows server 2019")?.id == "ltsc2019")
        #expect(catalog.version(named: "2022")?.id == "ltsc2022")
        #expect(catalog.version(named: "Windows 10 1809")?.id == "win10-1809")
        #expect(catalog.version(build: 26100)?.id == "ltsc2025")
        #expect(catalog.version(build: 26100, kind: .client)?.id == "win11-24h2")
        #expect(catalog.version(build: 22621)?.id == "win11-22h2")
        #expect(catalog.version(build: 12345) == nil)
        let ltsc2016 = try #require(catalog.version(named: "ltsc2016"))
        #expect(ltsc2016.extendedEnd == "2027-01-12")
        #expect(ltsc2016.isOutOfSupport(asOf: "2027-01-12") == false)
        #expect(ltsc2016.isOutOfSupport(asOf: "2027-01-13"))
    }

    @Test func lifecycleDatesFromTheBrief() throws {
        let catalog = try CatalogFixture.catalog()
        let ends = ["2008r2": "2020-01-14", "2012": "2023-10-10", "2012r2": "2023-10-10", "ltsc2016": "2027-01-12",
                    "ltsc2019": "2029-01-09", "ltsc2022": "2031-10-14", "ltsc2025": "2034-10-10"]
        for (id, end) in ends {
            #expect(catalog.version(named: id)?.extendedEnd == end, "\(id)")
        }
        #expect(catalog.version(named: "23h2")?.build == 25398)
        #expect(catalog.version(named: "23h2")?.channel == .annual)
    }

    @Test func featureAndModuleLookups() throws {
        let catalog = try CatalogFixture.catalog()
        #expect(catalog.feature(named: "IIS-ASPNET45")?.name == "Web-Asp-Net45")
        #expect(catalog.feature(named: "web-asp-net45")?.dism == "IIS-ASPNET45")
        #expect(catalog.featureWithParents(named: "Web-Asp-Net45").map(\.name)
            == ["Web-Server", "Web-WebServer", "Web-App-Dev", "Web-Asp-Net45"])
        #expect(catalog.featureWithParents(named: "NoSuchFeature").isEmpty)
        #expect(catalog.feature(named: "AD-Domain-Services")?.installableIn == [])
        #expect(catalog.feature(named: "DirectoryServices-DomainController")?.name == "AD-Domain-Services")
        #expect(catalog.feature(named: "Web-Server")?.installableIn == [.servercore, .server, .windows])
        #expect(catalog.feature(named: "Print-Server")?.installableIn == [.server, .windows])
        #expect(catalog.feature(named: "MSDTC")?.builtIn == true)
        #expect(catalog.module(named: "RewriteModule")?.installer == "IIS URL Rewrite Module 2")
        #expect(catalog.module(named: "ApplicationRequestRouting")?.installer == "Application Request Routing 3")
        #expect(catalog.module(named: "AspNetCoreModuleV2")?.installer == "ASP.NET Core Hosting Bundle")
        #expect(catalog.module(named: "ManagedEngineV4.0_64bit")?.features == ["Web-Net-Ext45", "Web-Asp-Net45"])
        #expect(catalog.module(named: "staticfilemodule")?.dll == "static.dll")
    }

    @Test func installableCapabilitiesFollowTheFeatureFile() throws {
        let catalog = try CatalogFixture.catalog()
        #expect(catalog.installation(of: .netFx3, in: .servercore)?.features == ["NET-Framework-Core"])
        #expect(catalog.installation(of: .iis, in: .server)?.features == ["Web-Server"])
        #expect(catalog.installation(of: .iis, in: .nanoserver) == nil)
        #expect(catalog.installation(of: .gpu, in: .servercore) == nil)
    }

    /// Every fact the Swift model holds has a source; the loader's own check (below) covers the files.
    @Test func everyFactHasASource() throws {
        let catalog = try CatalogFixture.catalog()
        let compatibility = catalog.compatibility
        let sources = catalog.versions.map(\.source) + catalog.images.map(\.source)
            + catalog.installableCapabilities.map(\.source) + [catalog.dotNetFrameworkSupport.source]
            + catalog.features.map(\.source) + catalog.modules.map(\.source)
            + compatibility.matrix.map(\.source) + compatibility.stableABIBuilds.map(\.source)
            + compatibility.revisionsMustMatch.map(\.source) + compatibility.february2020Baseline.map(\.source)
            + [compatibility.minimumHostBuild.source, compatibility.clientProcessIsolationMinimumBuild.source,
               compatibility.gpuMinimumHostBuild.source]
        #expect(sources.count > 250)
        for source in sources {
            #expect(source.contains("https://") || source.contains("windows-container-facts.md"), "\(source)")
        }
    }

    @Test func inferencesAreMarked() throws {
        let catalog = try CatalogFixture.catalog()
        #expect(catalog.version(named: "win11-23h2")?.inference == true)
        #expect(catalog.version(named: "ltsc2019")?.inference == false)
        #expect(catalog.compatibility.clientProcessIsolationMinimumBuild.inference)
        #expect(catalog.compatibility.february2020Baseline.first { $0.build == 17763 }?.inference == false)
        #expect(catalog.compatibility.february2020Baseline.first { $0.build == 14393 }?.inference == true)
        #expect(catalog.module(named: "DefaultDocumentModule")?.inference == true)
        #expect(catalog.images.first { $0.repository.hasSuffix("/nanoserver") }?.inference == false)
    }

    @Test func aFactWithoutSourceIsRejectedWithFileAndLine() throws {
        let (error, path) = try loadError(replacing: "windows-versions.yaml", with: """
            versions:
              - id: ltsc2019
                name: Windows Server 2019
            """)
        #expect(error == .missingSource(file: path, line: 2, fact: "ltsc2019"))
        #expect(error?.description == "\(path):2: fact \"ltsc2019\" has no source; every fact needs a `source:` "
            + "(a URL or a windows-container-facts.md reference)")
    }

    @Test func aSingleFactWithoutSourceIsNamedByItsKey() throws {
        let (error, path) = try loadError(replacing: "base-images.yaml", with: """
            images: []
            installableCapabilities: []
            dotNetFrameworkSupport:
              minimumVersion: "2.0"
              source: "  "
            """)
        #expect(error == .missingSource(file: path, line: 4, fact: "dotNetFrameworkSupport"))
    }

    @Test func invalidYAMLNamesTheLine() throws {
        let (error, path) = try loadError(replacing: "features.yaml", with: """
            features:
              - {name: Web-Server, source: x
            """)
        guard case let .invalidYAML(file, line, _) = error else {
            Issue.record("expected invalidYAML, got \(String(describing: error))")
            return
        }
        #expect(file == path)
        #expect(line == 3)
    }

    @Test func aWrongTypeNamesTheLineAndPath() throws {
        let (error, path) = try loadError(replacing: "iis-modules.yaml", with: """
            modules:
              - name: StaticFileModule
                features: [Web-Static-Content]
                source: https://example.org
              - name: CgiModule
                features: Web-CGI
                source: https://example.org
            """)
        #expect(error == .invalidValue(file: path, line: 6, message: "expected a list at `modules[1].features`"))
        #expect(error?.description == "\(path):6: expected a list at `modules[1].features`")
    }

    @Test func aMissingKeyNamesTheFact() throws {
        let (error, path) = try loadError(replacing: "iis-modules.yaml", with: """
            modules:
              - name: StaticFileModule
                source: https://example.org
            """)
        #expect(error == .invalidValue(file: path, line: 2, message: "missing `features` at `modules[0]`"))
    }

    @Test func anUnknownValueNamesTheLineAndPath() throws {
        let (error, path) = try loadError(replacing: "windows-versions.yaml", with: """
            versions:
              - id: ltsc2019
                name: Windows Server 2019
                aliases: []
                channel: lts
                kind: server
                build: 17763
                released: "2018-11-13"
                source: https://example.org
            """)
        #expect(error == .invalidValue(file: path, line: 5,
            message: "Cannot initialize Channel from invalid String value lts at `versions[0].channel`"))
    }

    @Test func unknownReferencesAreRejected() throws {
        let (error, path) = try loadError(replacing: "iis-modules.yaml", with: """
            modules:
              - {name: StaticFileModule, features: [Web-Static-Contents], source: https://example.org}
            """)
        #expect(error == .inconsistent(file: path, message:
            "StaticFileModule names feature \"Web-Static-Contents\", which features.yaml lacks"))
    }

    @Test func aMissingFileIsNamed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)")
        #expect(throws: CatalogError.unreadable(file: directory.appendingPathComponent("windows-versions.yaml").path,
                                                reason: "no such file")) {
            try CatalogLoader.load(directory: directory)
        }
    }
}
