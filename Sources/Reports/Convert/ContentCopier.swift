import Foundation

/// Copies site and service content from `--content-root` (a copy of the server's drives laid out as
/// `<root>/C/…`, `<root>/D/…`) into a build context, following its `content-manifest.txt`.
enum ContentCopier {
    /// Copies every folder the manifest lists; returns the ones it could not copy, with why.
    static func copy(context: BuildContext, from root: URL, into staged: StagedDirectory)
        throws(StagedDirectory.Failure) -> [String] {
        guard let manifest = context.files.first(where: { $0.path == "content-manifest.txt" }) else { return [] }
        var skipped: [String] = []
        for line in manifest.contents.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else { continue }
            let (server, destination) = (fields[0], fields[1])
            guard let source = localCopy(of: server, under: root) else {
                skipped.append("\(server): not a local drive path; mount it as a volume")
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                skipped.append("\(server): \(source.path) does not exist under --content-root")
                continue
            }
            try staged.copyTree(from: source, to: "\(context.workloadID)/content/\(destination)")
        }
        return skipped
    }

    /// `D:\Sites\Shop` → `<root>/D/Sites/Shop`; nil for UNC, relative or `..` paths.
    static func localCopy(of serverPath: String, under root: URL) -> URL? {
        let characters = Array(serverPath)
        guard characters.count >= 2, characters[0].isASCII, characters[0].isLetter, characters[1] == ":" else { return nil }
        let parts = serverPath.dropFirst(2).split(whereSeparator: { $0 == "\\" || $0 == "/" }).map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        return parts.reduce(root.appendingPathComponent(String(characters[0]).uppercased())) { $0.appendingPathComponent($1) }
    }
}
