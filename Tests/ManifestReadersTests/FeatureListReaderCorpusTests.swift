import Foundation
import Testing
@testable import ManifestReaders

/// The feature lists of the shared corpus (`corpus/features`); figures checked against the files with
/// an independent script.
@Suite struct FeatureListReaderCorpusTests {
    private let reader = FeatureListReader()

    private func read(_ name: String) -> ReadResult<[WindowsFeature]> {
        reader.read(Fixtures.corpus("features/\(name)"))
    }

    private func feature(_ name: String, in result: ReadResult<[WindowsFeature]>) throws -> WindowsFeature {
        try #require(result.value.first { $0.name == name })
    }

    @Test func everyCorpusFileIsRecognisedAndRead() throws {
        let files = try Fixtures.corpusFiles(in: "features")
        #expect(files.count == 3)
        for file in files {
            let sample = try #require(InputSample(url: file.url))
            #expect(FeatureListReader.recognizes(sample), "\(file.path)")
            #expect(!ServiceListReader.recognizes(sample), "\(file.path)")
            let result = reader.read(file)
            #expect(!result.value.isEmpty, "\(file.path)")
            #expect(!result.diagnostics.contains { $0.severity == .error }, "\(file.path)")
        }
    }

    @Test func getWindowsFeatureTableText() throws {
        let path = "features/sahinbesinci_PowerShell-Scripts__Get-WindowsFeature_web.txt"
        let result = read("sahinbesinci_PowerShell-Scripts__Get-WindowsFeature_web.txt")
        #expect(result.value.count == 61)
        #expect(result.value.filter(\.installed).count == 34)
        #expect(result.value.allSatisfy { $0.naming == .serverManager })

        let iis = try feature("Web-Server", in: result)
        #expect(iis == WindowsFeature(
            name: "Web-Server", displayName: "Web Server (IIS)", installed: true, installState: "Installed",
            parent: nil, naming: .serverManager, source: SourceLocation(file: path, line: 11)))
        #expect(try feature("Web-WebServer", in: result).parent == "Web-Server")
        #expect(try feature("Web-Asp-Net45", in: result).parent == "Web-App-Dev")
        #expect(try feature("Web-Asp-Net45", in: result).displayName == "ASP.NET 4.6")
        let ftp = try feature("Web-Ftp-Service", in: result)
        #expect(ftp.parent == "Web-Ftp-Server")
        #expect(!ftp.installed)
        #expect(ftp.installState == "Available")
        #expect(try feature("Web-Metabase", in: result).parent == "Web-Mgmt-Compat")
        #expect(try feature("Web-WHC", in: result).parent == nil)
        // Listed at depth 1 without its parent (the listing is filtered): no parent.
        #expect(try feature("ADCS-Enroll-Web-Pol", in: result).parent == nil)
        #expect(try feature("Web-Client-Auth", in: result).displayName == "Client Certificate Mapping Authentic...")

        #expect(result.diagnostics == [
            Diagnostic(.info, SourceLocation(file: path, line: 1),
                       "the listing is filtered ('PS C:\\Windows\\system32> Get-WindowsFeature *web*'); a parent taken "
                        + "from the indentation is wrong where the real parent is not listed"),
            Diagnostic(.warning, SourceLocation(file: path, line: 66),
                       "feature name 'WindowsPowerShellWeb...' is cut short by the table layout; "
                        + "capture with Get-WindowsFeature | Export-Csv for full names"),
        ])
    }

    @Test func russianDismTable() throws {
        let path = "features/K-ES_kes-docker-playground__dism_features_before_ru.txt"
        let result = read("K-ES_kes-docker-playground__dism_features_before_ru.txt")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value.count == 95)
        #expect(result.value.filter(\.installed).count == 15)
        #expect(result.value.allSatisfy { $0.naming == .dism })
        #expect(result.value.first == WindowsFeature(
            name: "Printing-XPSServices-Features", installed: true, installState: "Включен", naming: .dism,
            source: SourceLocation(file: path, line: 14)))
        #expect(result.value.last == WindowsFeature(
            name: "Microsoft-Windows-Subsystem-Linux", installed: false, installState: "Отключен", naming: .dism,
            source: SourceLocation(file: path, line: 108)))
        #expect(try feature("NetFx3", in: result).installed)
        #expect(try !feature("IIS-WebServerRole", in: result).installed)
    }

    @Test func image2DockerDefaultFeatureNames() throws {
        let result = read("docker_image2docker-win__DefaultFeatures.txt")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value.count == 36)
        #expect(result.value.allSatisfy { $0.installed && $0.naming == .dism && $0.source.line == 1 })
        #expect(result.value.first?.name == "NetFx4ServerFeatures")
        #expect(result.value.last?.name == "WindowsRemoteManagement-ServerOnly")
        #expect(result.value.contains { $0.name == "ServerCore-FullServer" })
    }
}
