import Foundation
import Testing
import ZIPFoundation
@testable import ManifestReaders

/// Zip archives a test builds for itself, with arbitrary (also hostile) entry paths.
enum TestZip {
    /// One entry: its path as stored, its bytes (a link's target for `.symlink`), its type.
    struct Entry {
        var path: String
        var data: Data
        var type: ZIPFoundation.Entry.EntryType = .file
        var compressed = false

        init(_ path: String, _ text: String, type: ZIPFoundation.Entry.EntryType = .file) {
            self.init(path, Data(text.utf8), type: type)
        }

        init(_ path: String, _ data: Data, type: ZIPFoundation.Entry.EntryType = .file) {
            self.path = path
            self.data = data
            self.type = type
        }

        init(_ path: String, zeros count: Int) {
            self.path = path
            self.data = Data(count: count)
            self.compressed = true
        }
    }

    /// Writes a new archive named `name` holding `entries`, in order.
    static func make(named name: String = "capture.zip", _ entries: [Entry]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("i2c-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        let archive = try Archive(url: url, accessMode: .create)
        for entry in entries {
            try archive.addEntry(
                with: entry.path, type: entry.type, uncompressedSize: Int64(entry.data.count),
                modificationDate: Date(timeIntervalSince1970: 1_700_000_000),
                compressionMethod: entry.compressed ? .deflate : .none
            ) { position, size in
                entry.data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url
    }

    /// Writes `capture`'s files (path → text) as an archive, optionally under one top folder.
    static func make(named name: String, files: [String: String], under folder: String? = nil) throws -> URL {
        let prefix = folder.map { "\($0)/" } ?? ""
        return try make(named: name, files.sorted { $0.key < $1.key }.map { Entry(prefix + $0.key, $0.value) })
    }
}

@Suite("CaptureWalker: zip archives")
struct CaptureZipTests {
    private func refusal(_ zip: URL, _ reason: String) -> CaptureError {
        CaptureError("\(zip.path): \(reason); the archive was not extracted")
    }

    @Test func refusesAnEntryThatEscapes() throws {
        let zip = try TestZip.make([.init("services.csv", "x"), .init("../evil.txt", "boom")])
        #expect(throws: refusal(zip, "zip entry '../evil.txt' escapes the capture directory")) { try walk(zip) }
        #expect(!FileManager.default.fileExists(
            atPath: FileManager.default.temporaryDirectory.appendingPathComponent("evil.txt").path))
    }

    @Test func refusesBackslashTraversal() throws {
        let zip = try TestZip.make([.init("iis\\..\\..\\evil.txt", "boom")])
        #expect(throws: refusal(zip, "zip entry 'iis\\..\\..\\evil.txt' escapes the capture directory")) {
            try walk(zip)
        }
    }

    @Test func refusesAnAbsolutePath() throws {
        let zip = try TestZip.make([.init("/etc/evil.conf", "boom")])
        #expect(throws: refusal(zip, "zip entry '/etc/evil.conf' has an absolute path")) { try walk(zip) }
    }

    @Test func refusesADriveLetter() throws {
        let zip = try TestZip.make([.init("C:\\Windows\\evil.dll", "boom")])
        #expect(throws: refusal(zip, "zip entry 'C:\\Windows\\evil.dll' has a drive letter")) { try walk(zip) }
    }

    @Test func refusesASymbolicLink() throws {
        let zip = try TestZip.make([.init("hosts", "/etc/hosts", type: .symlink)])
        #expect(throws: refusal(zip, "zip entry 'hosts' is a symbolic link")) { try walk(zip) }
    }

    @Test func refusesADuplicatedEntry() throws {
        let zip = try TestZip.make([.init("services.csv", "a"), .init("Services.CSV", "b")])
        #expect(throws: refusal(zip, "zip entry 'Services.CSV' appears more than once")) { try walk(zip) }
    }

    @Test func refusesTooManyEntries() throws {
        let zip = try TestZip.make((1...4).map { TestZip.Entry("f\($0).txt", "x") })
        #expect(try walk(zip, limits: InputLimits(maxZipEntries: 4)).files.count == 4)
        #expect(throws: refusal(zip, "the archive has more than 3 entries")) {
            try walk(zip, limits: InputLimits(maxZipEntries: 3))
        }
    }

    @Test func refusesABombFromItsHeaders() throws {
        let zip = try TestZip.make([.init("bomb.bin", zeros: 100_000)])
        #expect(try FileManager.default.attributesOfItem(atPath: zip.path)[.size] as? Int ?? 0 < 10_000)
        #expect(throws: refusal(zip, "the archive expands to more than 50000 bytes")) {
            try walk(zip, limits: InputLimits(maxZipUncompressedBytes: 50_000))
        }
    }

    @Test func stopsABombWhoseHeadersLie() throws {
        let zip = try TestZip.make([.init("bomb.bin", zeros: 100_000)])
        try Self.declareUncompressedSize(10, in: zip)
        #expect(throws: refusal(zip, "the archive expands to more than 50000 bytes")) {
            try walk(zip, limits: InputLimits(maxZipUncompressedBytes: 50_000))
        }
    }

    @Test func extractsIntoAPrivateDirectoryRemovedAfterwards() throws {
        let zip = try TestZip.make(named: "web01.zip", files: [
            "manifest.json": "{}", "registry/software.reg": "x", ".DS_Store": "x", "__MACOSX/._x": "x",
        ])
        var extractedRoot: URL?
        let paths = try CaptureWalker.withCapture(at: zip) { source in
            extractedRoot = source.files.first?.url.deletingLastPathComponent()
            #expect(source.files.allSatisfy { FileManager.default.fileExists(atPath: $0.url.path) })
            #expect(source.name == "web01")
            return source.files.map(\.path)
        }
        #expect(paths == ["manifest.json", "registry/software.reg"])
        let root = try #require(extractedRoot)
        #expect(root.lastPathComponent.hasPrefix("i2c-"))
        #expect(!FileManager.default.fileExists(atPath: root.path))
    }

    @Test func readsAZippedCaptureFolderAsTheFolder() throws {
        let zip = try TestZip.make(named: "web01.zip", files: ["services.csv": "x"], under: "web01")
        #expect(try walk(zip).files.map(\.path) == ["services.csv"])
        let other = try TestZip.make(named: "web01.zip", files: ["services.csv": "x"], under: "iis")
        #expect(try walk(other).files.map(\.path) == ["iis/services.csv"])
    }

    @Test func recognisesAZipByItsSignatureNotItsName() throws {
        let zip = try TestZip.make(named: "capture.bin", files: ["services.csv": "x"])
        let source = try walk(zip)
        #expect(source.name == "capture")
        #expect(source.files.map(\.path) == ["services.csv"])
    }

    @Test func refusesACorruptArchive() throws {
        let file = try Fixtures.temporaryFile(named: "broken.zip", bytes: Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0]))
        #expect(throws: CaptureError("\(file.url.path): cannot be read (not a valid zip archive)")) {
            try walk(file.url)
        }
    }

    /// Overwrites the uncompressed size of the archive's only entry in its local and central headers.
    private static func declareUncompressedSize(_ size: UInt32, in zip: URL) throws {
        var bytes = [UInt8](try Data(contentsOf: zip))
        let sizeBytes = withUnsafeBytes(of: size.littleEndian, Array.init)
        for (signature, offset) in [([0x50, 0x4B, 0x03, 0x04] as [UInt8], 22), ([0x50, 0x4B, 0x01, 0x02], 24)] {
            let start = try #require((0..<bytes.count - 4).first { Array(bytes[$0..<$0 + 4]) == signature })
            bytes.replaceSubrange(start + offset..<start + offset + 4, with: sizeBytes)
        }
        try Data(bytes).write(to: zip)
    }
}
