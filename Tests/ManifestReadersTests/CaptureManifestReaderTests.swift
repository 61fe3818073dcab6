import Foundation
import Testing
import ManifestReaders

@Suite("CaptureManifestReader")
struct CaptureManifestReaderTests {
    private let reader = CaptureManifestReader()

    @Test func readsTheKnownKeysAndIgnoresOthers() throws {
        let file = try Fixtures.temporaryFile(named: "manifest.json", text: """
            {
              "hostname": "WEB01",
              "capturedAt": "2024-05-01T10:00:00Z",
              "collectorVersion": "1.2.0",
              "notes": "before the move",
              "extra": {"nested": [1, 2]}
            }
            """)
        let result = reader.read(file)
        #expect(result.value == CaptureManifest(
            hostname: "WEB01", capturedAt: "2024-05-01T10:00:00Z", collectorVersion: "1.2.0",
            notes: "before the move", source: SourceLocation(file: "manifest.json", line: 1)))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func readsUTF16WithBOM() throws {
        var bytes = Data([0xFF, 0xFE])
        bytes.append(try #require("{\"hostname\":\"APP02\"}".data(using: .utf16LittleEndian)))
        let file = try Fixtures.temporaryFile(named: "manifest.json", bytes: bytes)
        #expect(reader.read(file).value?.hostname == "APP02")
    }

    @Test func reportsInvalidJSONWithItsLine() throws {
        let file = try Fixtures.temporaryFile(named: "manifest.json", text: "{\n  \"hostname\": \"WEB01\",\n  \"notes\": oops\n}\n")
        let result = reader.read(file)
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.description) == [
            "manifest.json:3: error: not valid JSON; expected a JSON object with hostname, capturedAt and collectorVersion",
        ])
    }

    @Test func reportsTruncatedJSONAtTheLastLine() throws {
        let file = try Fixtures.temporaryFile(named: "manifest.json", text: "{\n  \"hostname\": \"WEB01\",\n")
        #expect(reader.read(file).diagnostics.map(\.location.line) == [2])
    }

    @Test func refusesJSONThatIsNotAnObject() throws {
        let file = try Fixtures.temporaryFile(named: "manifest.json", text: "[1, 2]")
        let result = reader.read(file)
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.description) == [
            "manifest.json:1: error: not a JSON object; expected a JSON object with hostname, capturedAt and collectorVersion",
        ])
    }

    @Test func warnsAboutValuesThatAreNotStrings() throws {
        let file = try Fixtures.temporaryFile(named: "manifest.json", text: "{\n\"hostname\": \"WEB01\",\n\"collectorVersion\": 2\n}")
        let result = reader.read(file)
        #expect(result.value?.hostname == "WEB01")
        #expect(result.value?.collectorVersion == nil)
        #expect(result.diagnostics.map(\.description) == [
            "manifest.json:3: warning: manifest key 'collectorVersion' is not a string; ignored",
        ])
    }

    @Test func reportsAnEmptyFile() throws {
        let file = try Fixtures.temporaryFile(named: "manifest.json", text: "")
        #expect(reader.read(file).diagnostics.map(\.severity) == [.error])
    }

    @Test(arguments: [
        ("{\"collectorVersion\": \"1.0\"}", true),
        ("{\"hostname\": \"A\", \"capturedAt\": \"2024\"}", true),
        ("{\"hostname\": \"A\"}", false),
        ("[{\"Name\": \"W3SVC\"}]", false),
        ("collectorVersion", false),
    ])
    func recognisesTheCollectorsKeys(text: String, expected: Bool) {
        #expect(CaptureManifestReader.recognizes(InputSample(fileName: "x.json", prefix: Data(text.utf8))) == expected)
    }
}
