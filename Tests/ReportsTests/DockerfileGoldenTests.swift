import Foundation
import Reports
import Testing

/// Every file of every workload's build context for the three example captures, compared byte for
/// byte with `Tests/ReportsTests/Golden/Dockerfiles/<capture>/<workload>/<file>`.
///
/// After an intended change to the generator, rewrite the golden files with
/// `UPDATE_GOLDEN=1 swift test --filter DockerfileGoldenTests` and review the diff before committing.
@Suite struct DockerfileGoldenTests {
    static let golden = DockerfileFixture.repositoryRoot.appendingPathComponent("Tests/ReportsTests/Golden/Dockerfiles")
    static let updating = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"

    @Test(arguments: DockerfileFixture.exampleCaptures)
    func contextsMatchTheGoldenFiles(capture: String) throws {
        let contexts = try DockerfileFixture.contexts(DockerfileFixture.example(capture))
        let folder = Self.golden.appendingPathComponent(capture)
        var expected: [String: String] = [:]
        for context in contexts {
            for file in context.files { expected["\(context.workloadID)/\(file.path)"] = file.contents }
        }
        if Self.updating {
            try? FileManager.default.removeItem(at: folder)
            for (path, contents) in expected {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try contents.write(to: url, atomically: true, encoding: .utf8)
            }
        }
        let onDisk = Self.files(under: folder)
        #expect(onDisk.keys.sorted() == expected.keys.sorted(), "golden files differ in number; UPDATE_GOLDEN=1 rewrites them")
        for (path, contents) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(onDisk[path] == contents, "\(capture)/\(path) differs from its golden file; UPDATE_GOLDEN=1 rewrites it")
        }
    }

    /// The files under `folder` (hidden ones included) by path relative to it.
    static func files(under folder: URL) -> [String: String] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [:] }
        var result: [String: String] = [:]
        let base = folder.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(base.count))] = String(decoding: data, as: UTF8.self)
        }
        return result
    }
}
