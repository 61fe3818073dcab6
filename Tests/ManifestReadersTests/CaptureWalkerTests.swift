import Foundation
import Testing
@testable import ManifestReaders

/// A capture directory a test writes for itself under the temporary directory.
struct TemporaryCapture {
    /// The capture directory, `<temporary>/i2c-tests-<UUID>/<name>`.
    let url: URL

    /// Writes `files` (capture-relative path → UTF-8 text) into a new directory named `name`.
    init(named name: String = "capture", files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("i2c-tests-\(UUID().uuidString)")
            .appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, text) in files { try write(text, to: path) }
    }

    /// Writes (or replaces) one file.
    func write(_ text: String, to path: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Removes the capture and the directory around it.
    func remove() {
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }
}

/// Opens `url` and returns what the walker listed.
func walk(_ url: URL, limits: InputLimits = .standard) throws(CaptureError) -> CaptureSource {
    try CaptureWalker.withCapture(at: url, limits: limits) { $0 }
}

@Suite("CaptureWalker: directories")
struct CaptureWalkerTests {
    @Test func listsRegularFilesSortedByRelativePath() throws {
        let capture = try TemporaryCapture(named: "web01", files: [
            "services.csv": "x", "iis/applicationHost.config": "x", "registry/b.reg": "x",
            "registry/a.reg": "x", "iis/webconfig/Default Web Site/web.config": "x",
        ])
        defer { capture.remove() }
        let source = try walk(capture.url)
        #expect(source.name == "web01")
        #expect(source.files.map(\.path) == [
            "iis/applicationHost.config", "iis/webconfig/Default Web Site/web.config",
            "registry/a.reg", "registry/b.reg", "services.csv",
        ])
        #expect(source.files[0].url.lastPathComponent == "applicationHost.config")
        #expect(source.diagnostics.isEmpty)
    }

    @Test func skipsMacOSLitter() throws {
        let capture = try TemporaryCapture(files: [
            ".DS_Store": "x", "iis/.DS_Store": "x", "__MACOSX/._services.csv": "x", "services.csv": "x",
        ])
        defer { capture.remove() }
        #expect(try walk(capture.url).files.map(\.path) == ["services.csv"])
    }

    @Test func followsLinksOnlyToFilesInsideTheCapture() throws {
        let capture = try TemporaryCapture(files: ["registry/real.reg": "x"])
        defer { capture.remove() }
        let outside = try Fixtures.temporaryFile(named: "secret.txt", text: "secret")
        let manager = FileManager.default
        try manager.createSymbolicLink(
            atPath: capture.url.appendingPathComponent("inside.reg").path, withDestinationPath: "registry/real.reg")
        try manager.createSymbolicLink(
            atPath: capture.url.appendingPathComponent("outside.txt").path, withDestinationPath: outside.url.path)
        try manager.createSymbolicLink(
            atPath: capture.url.appendingPathComponent("up.txt").path, withDestinationPath: "../secret.txt")
        try manager.createSymbolicLink(
            atPath: capture.url.appendingPathComponent("folder").path, withDestinationPath: "registry")
        let source = try walk(capture.url)
        #expect(source.files.map(\.path) == ["inside.reg", "registry/real.reg"])
        #expect(source.files[0].url.path.hasSuffix("registry/real.reg"))
        let linkWarning = "symbolic link does not point to a file inside the capture; not followed"
        #expect(source.diagnostics.map(\.description) == [
            "folder: warning: \(linkWarning)", "outside.txt: warning: \(linkWarning)",
            "up.txt: warning: \(linkWarning)",
        ])
    }

    @Test func refusesTooManyFiles() throws {
        let capture = try TemporaryCapture(files: ["a": "1", "b": "2", "c/d": "3"])
        defer { capture.remove() }
        #expect(try walk(capture.url, limits: InputLimits(maxCaptureFiles: 3)).files.count == 3)
        #expect(throws: CaptureError("\(capture.url.path): holds more than 2 files; expected the capture of one server")) {
            try walk(capture.url, limits: InputLimits(maxCaptureFiles: 2))
        }
    }

    @Test func refusesAMissingPath() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("i2c-missing-\(UUID().uuidString)")
        #expect(throws: CaptureError(
            "\(missing.path): no such file or directory; expected a capture directory or a .zip of one"
        )) { try walk(missing) }
    }

    @Test func refusesAFileThatIsNotAZip() throws {
        let file = try Fixtures.temporaryFile(named: "capture.zip", text: "not a zip")
        #expect(throws: CaptureError(
            "\(file.url.path): neither a directory nor a zip archive; expected a capture directory or a .zip of one"
        )) { try walk(file.url) }
    }
}
