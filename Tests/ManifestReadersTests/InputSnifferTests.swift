import Foundation
import Testing
import ManifestReaders

@Suite("InputSniffer")
struct InputSnifferTests {
    private func kind(_ text: String, path: String) -> InputKind? {
        let name = String(path.split(separator: "/").last ?? "")
        return InputSniffer.kind(of: InputSample(fileName: name, prefix: Data(text.utf8)), path: path)
    }

    @Test func recognisesEachKindByContentNotByName() {
        #expect(kind("{\"hostname\": \"A\", \"collectorVersion\": \"1.0\"}", path: "meta/info.dat") == .captureManifest)
        #expect(kind("<?xml version=\"1.0\"?>\n<configuration>\n<system.applicationHost>\n<sites/>\n</system.applicationHost>\n</configuration>", path: "a.txt") == .applicationHostConfig)
        #expect(kind("<configuration>\n<system.web>\n<compilation targetFramework=\"4.8\"/>\n</system.web>\n</configuration>", path: "x.xml") == .webConfig)
        #expect(kind("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE]\r\n", path: "dump.txt") == .registryExport)
        #expect(kind("\"Name\",\"DisplayName\",\"State\",\"StartMode\"\r\n\"W3SVC\",\"World Wide Web Publishing Service\",\"Running\",\"Auto\"\r\n", path: "list.csv") == .serviceList)
        #expect(kind("\"Name\",\"DisplayName\",\"Installed\",\"InstallState\"\r\n\"Web-Server\",\"Web Server (IIS)\",\"True\",\"Installed\"\r\n", path: "list2.csv") == .featureList)
        #expect(kind("just some notes\n", path: "notes.txt") == nil)
        #expect(kind("", path: "empty.csv") == nil)
    }

    @Test func takesTheRootManifestJSONWhateverItHolds() {
        #expect(kind("not json at all", path: "manifest.json") == .captureManifest)
        #expect(kind("not json at all", path: "Manifest.JSON") == .captureManifest)
        #expect(kind("not json at all", path: "sub/manifest.json") == nil)
    }

    @Test func sniffsAFileWithItsSize() throws {
        let reg = try Fixtures.temporaryFile(named: "software.reg", text: "REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE]\r\n")
        let sniffed = InputSniffer.sniff(reg)
        #expect(sniffed.value == CapturedInput(path: "software.reg", kind: .registryExport, size: 43))
        #expect(sniffed.diagnostics.isEmpty)
    }

    @Test func reportsAnUnrecognisedFile() throws {
        let notes = try Fixtures.temporaryFile(named: "notes.txt", text: "hello")
        let sniffed = InputSniffer.sniff(notes)
        #expect(sniffed.value == CapturedInput(path: "notes.txt", kind: nil, size: 5))
        #expect(sniffed.diagnostics.map(\.description) == ["notes.txt: info: not a recognised capture input; ignored"])
    }

    @Test func reportsAFileThatCannotBeOpened() {
        let missing = CaptureFile(path: "gone.csv", url: URL(fileURLWithPath: "/nonexistent/i2c/gone.csv"))
        let sniffed = InputSniffer.sniff(missing)
        #expect(sniffed.value == CapturedInput(path: "gone.csv", kind: nil, size: 0))
        #expect(sniffed.diagnostics.map(\.description) == ["gone.csv: error: file cannot be opened; ignored"])
    }
}
