import Foundation
import ManifestReaders

/// Paths to the test data: the shared corpus (`../shared/corpus` beside the repository), the shipped
/// example captures, and files a test writes for itself.
enum Fixtures {
    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus` beside the repository.
    static let corpusRoot = repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus")

    /// A corpus file as a reader input; its provenance path is `corpus/<relative>`.
    static func corpus(_ relative: String) -> CaptureFile {
        CaptureFile(path: relative, url: corpusRoot.appendingPathComponent(relative))
    }

    /// Every corpus file in one folder (`iis`, `reg`, `services`, `features`), sorted by name.
    static func corpusFiles(in folder: String) throws -> [CaptureFile] {
        let names = try FileManager.default.contentsOfDirectory(
            atPath: corpusRoot.appendingPathComponent(folder).path)
        return names.sorted().map { corpus("\(folder)/\($0)") }
    }

    /// A shipped example capture directory.
    static func example(_ name: String) -> URL {
        repositoryRoot.appendingPathComponent("examples/captures/\(name)")
    }

    /// Writes `bytes` to a new temporary file and returns it as a reader input named `name`.
    static func temporaryFile(named name: String, bytes: Data) throws -> CaptureFile {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("i2c-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try bytes.write(to: url)
        return CaptureFile(path: name, url: url)
    }

    /// Writes UTF-8 `text` to a new temporary file.
    static func temporaryFile(named name: String, text: String) throws -> CaptureFile {
        try temporaryFile(named: name, bytes: Data(text.utf8))
    }
}
