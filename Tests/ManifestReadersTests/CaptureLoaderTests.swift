import Foundation
import Testing
import ManifestReaders

/// A capture directory's state: each file's relative path, size and modification time.
private func snapshot(of root: URL) throws -> [String: [String]] {
    let manager = FileManager.default
    var state: [String: [String]] = [:]
    for path in try manager.subpathsOfDirectory(atPath: root.path) {
        let attributes = try manager.attributesOfItem(atPath: root.appendingPathComponent(path).path)
        state[path] = [
            "\(attributes[.size] ?? "")", "\(attributes[.modificationDate] ?? "")",
            "\(attributes[.posixPermissions] ?? "")",
        ]
    }
    return state
}

/// A copy of a shipped example capture, named `name`, with `files` written over it.
private func copyOfExample(_ example: String, named name: String, adding files: [String: String] = [:]) throws -> TemporaryCapture {
    let capture = try TemporaryCapture(named: name, files: [:])
    try FileManager.default.removeItem(at: capture.url)
    try FileManager.default.copyItem(at: Fixtures.example(example), to: capture.url)
    for (path, text) in files { try capture.write(text, to: path) }
    return capture
}

/// The JSON the reports would see: sorted keys, so equal inventories give identical bytes.
private func json(_ inventory: Inventory) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    return try encoder.encode(inventory)
}

@Suite("CaptureLoader")
struct CaptureLoaderTests {
    @Test func loadingIsDeterministicAndRecordsNoLocation() throws {
        let url = Fixtures.example("multi-site-webfarm")
        let first = try CaptureLoader.load(url)
        let second = try CaptureLoader.load(url)
        #expect(first == second)
        let bytes = try json(first)
        #expect(bytes == (try json(second)))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains(Fixtures.repositoryRoot.path))
        #expect(!text.contains(FileManager.default.temporaryDirectory.path))
    }

    @Test func neverChangesTheCapture() throws {
        let capture = try copyOfExample("intranet-aspnet48", named: "intranet-aspnet48")
        defer { capture.remove() }
        let before = try snapshot(of: capture.url)
        _ = try CaptureLoader.load(capture.url)
        #expect(try snapshot(of: capture.url) == before)
        #expect(before.count > 8)
    }

    @Test func aZipGivesTheSameInventoryAsTheDirectory() throws {
        let url = Fixtures.example("intranet-aspnet48")
        let paths = try CaptureWalker.withCapture(at: url) { $0.files.map(\.path) }
        let entries = try paths.map { TestZip.Entry($0, try Data(contentsOf: url.appendingPathComponent($0))) }
        let directory = try CaptureLoader.load(url)
        let zip = try TestZip.make(named: "intranet-aspnet48.zip", entries)
        let before = try snapshot(of: zip.deletingLastPathComponent())
        #expect(try CaptureLoader.load(zip) == directory)
        #expect(try snapshot(of: zip.deletingLastPathComponent()) == before)
        let wrapped = try TestZip.make(
            named: "intranet-aspnet48.zip", entries.map { TestZip.Entry("intranet-aspnet48/\($0.path)", $0.data) })
        #expect(try CaptureLoader.load(wrapped) == directory)
    }

    @Test func aBrokenFileKeepsTheOtherInputsFacts() throws {
        let capture = try copyOfExample("intranet-aspnet48", named: "broken")
        defer { capture.remove() }
        let config = capture.url.appendingPathComponent("iis/applicationHost.config")
        let bytes = try Data(contentsOf: config)
        try bytes.prefix(bytes.count / 2).write(to: config)
        let inventory = try CaptureLoader.load(capture.url)
        let errors = inventory.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location.file == "iis/applicationHost.config")
        #expect(inventory.services.count == 43)
        #expect(inventory.features.count == 37)
        #expect(inventory.programs.count == 5)
        #expect(inventory.webConfigs.count == 2)
        #expect(inventory.host?.build == 17763)
    }

    @Test func assemblesByTheCaptureLayout() throws {
        let webConfig = try String(
            contentsOf: Fixtures.example("intranet-aspnet48").appendingPathComponent("iis/webconfig/Contoso Intranet/web.config"),
            encoding: .utf8)
        let applicationHost = try String(
            contentsOf: Fixtures.example("intranet-aspnet48").appendingPathComponent("iis/applicationHost.config"),
            encoding: .utf8)
        let features = try String(
            contentsOf: Fixtures.example("multi-site-webfarm").appendingPathComponent("features.json"), encoding: .utf8)
        let capture = try copyOfExample("intranet-aspnet48", named: "layout", adding: [
            "backup/web.config": webConfig,
            "IIS/WebConfig/Other Site/api/v2/web.config": webConfig,
            "iis/old/applicationHost.config": applicationHost,
            "more/features.json": features,
            "notes.txt": "taken before the patch window\n",
        ])
        defer { capture.remove() }
        let inventory = try CaptureLoader.load(capture.url)
        #expect(inventory.captureName == "layout")
        #expect(inventory.webConfigs.map { [$0.site ?? "-", $0.applicationPath ?? "-", $0.source.file] } == [
            ["-", "-", "backup/web.config"],
            ["Contoso Intranet", "/", "iis/webconfig/Contoso Intranet/web.config"],
            ["Contoso Intranet", "/reports", "iis/webconfig/Contoso Intranet/reports/web.config"],
            ["Other Site", "/api/v2", "IIS/WebConfig/Other Site/api/v2/web.config"],
        ])
        #expect(inventory.iis?.source.file == "iis/applicationHost.config")
        #expect(inventory.diagnostics.map(\.description) == [
            "iis/old/applicationHost.config: warning: second applicationHost.config ignored; the capture should hold one server's configuration",
            "notes.txt: info: not a recognised capture input; ignored",
        ])
        #expect(inventory.inputs.first { $0.path == "notes.txt" }?.kind == nil)
        #expect(inventory.inputs.map(\.path) == inventory.inputs.map(\.path).sorted())
        // features.csv (37 installed) comes before more/features.json (89 listed) in path order.
        let webServer = inventory.features.first { $0.name == "Web-Server" }
        #expect(webServer?.source.file == "features.csv")
        #expect(inventory.features.map(\.name) == inventory.features.map(\.name).sorted { $0.lowercased() < $1.lowercased() })
        #expect(Set(inventory.features.map { $0.name.lowercased() }).count == inventory.features.count)
        #expect(inventory.features.count > 37)
    }

    @Test func takesTheHostNameFromTheManifestWhenTheRegistryHasNone() throws {
        let capture = try TemporaryCapture(named: "bare", files: [
            "manifest.json": "{\"hostname\": \"WEB07\", \"collectorVersion\": \"1.0.0\"}",
            "registry/os.reg": """
                Windows Registry Editor Version 5.00\r
                \r
                [HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\r
                "ProductName"="Windows Server 2022 Datacenter"\r
                "CurrentBuild"="20348"\r

                """,
        ])
        defer { capture.remove() }
        let host = try #require(try CaptureLoader.load(capture.url).host)
        #expect(host.computerName == "WEB07")
        #expect(host.productName == "Windows Server 2022 Datacenter")
        #expect(host.source.file == "registry/os.reg")

        try FileManager.default.removeItem(at: capture.url.appendingPathComponent("registry"))
        let manifestOnly = try #require(try CaptureLoader.load(capture.url).host)
        #expect(manifestOnly == HostInfo(computerName: "WEB07", source: SourceLocation(file: "manifest.json", line: 1)))
    }

    @Test func reportsLinksItDidNotFollow() throws {
        let capture = try TemporaryCapture(files: ["services.csv": "\"Name\",\"State\"\r\n\"W3SVC\",\"Running\"\r\n"])
        defer { capture.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: capture.url.appendingPathComponent("passwd").path, withDestinationPath: "/etc/passwd")
        let inventory = try CaptureLoader.load(capture.url)
        #expect(inventory.services.map(\.name) == ["W3SVC"])
        #expect(inventory.diagnostics.map(\.description) == [
            "passwd: warning: symbolic link does not point to a file inside the capture; not followed",
        ])
    }

    @Test func throwsWhenTheCaptureCannotBeRead() throws {
        let zip = try TestZip.make([TestZip.Entry("../evil.txt", "boom")])
        #expect(throws: CaptureError(
            "\(zip.path): zip entry '../evil.txt' escapes the capture directory; the archive was not extracted"
        )) { try CaptureLoader.load(zip) }
    }
}
