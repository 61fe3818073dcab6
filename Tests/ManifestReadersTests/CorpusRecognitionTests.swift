import Foundation
import ManifestReaders
import Testing

/// Every real-world file in the shared corpus is recognised by content as the kind its folder says,
/// and files of other kinds (Dockerfiles, Image2Docker JSON, binary hives) are not mistaken for inputs.
@Suite struct CorpusRecognitionTests {
    static func expectedKind(folder: String, name: String) -> InputKind? {
        switch folder {
        case "iis": name.lowercased().hasSuffix("web.config") ? .webConfig : .applicationHostConfig
        case "reg": .registryExport
        case "services": .serviceList
        case "features": .featureList
        default: nil
        }
    }

    @Test(arguments: ["iis", "reg", "services", "features", "dockerfiles", "hives"])
    func recognisesEveryCorpusFileByContent(folder: String) throws {
        let files = try Fixtures.corpusFiles(in: folder)
        #expect(!files.isEmpty)
        for file in files {
            let sample = try #require(InputSample(url: file.url))
            let name = file.url.lastPathComponent
            #expect(InputSniffer.kind(of: sample, path: file.path) == Self.expectedKind(folder: folder, name: name),
                    "\(file.path)")
        }
    }
}
