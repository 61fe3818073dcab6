import Foundation

/// Opens a capture, a directory or a zip archive of one, and lists its files without ever writing
/// into it.
///
/// A zip archive is recognised by its signature (`PK\u{3}\u{4}`, or `PK\u{5}\u{6}` when empty), not
/// by its extension. It is checked whole before anything is extracted (see `ZipCaptureExtractor`)
/// and extracted into a private temporary directory that is removed when the body returns. A zip
/// made by compressing the capture folder itself (`server1.zip` holding only `server1/…`) is read
/// as that folder.
public enum CaptureWalker {
    /// Opens the capture at `url`, runs `body` with its files, and cleans up.
    /// - Throws: `CaptureError` when the capture does not exist, is neither a directory nor a zip
    ///   archive, holds more than `limits.maxCaptureFiles` files, or is a zip archive that was
    ///   refused (unsafe entry paths, symbolic links, too many entries, too large when expanded).
    public static func withCapture<Result>(
        at url: URL, limits: InputLimits = .standard, _ body: (CaptureSource) -> Result
    ) throws(CaptureError) -> Result {
        let url = url.standardizedFileURL
        let capture = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: capture, isDirectory: &isDirectory) else {
            throw .notFound(capture)
        }
        if isDirectory.boolValue {
            return body(try listing(root: url, name: url.lastPathComponent, capture: capture, limits: limits))
        }
        guard ZipCaptureExtractor.isZipArchive(url) else { throw .notACapture(capture) }
        let name = url.deletingPathExtension().lastPathComponent
        let scratch = try ZipCaptureExtractor.makeScratchDirectory(for: capture)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try ZipCaptureExtractor.extract(url, into: scratch, capture: capture, limits: limits)
        let root = ZipCaptureExtractor.captureRoot(in: scratch, named: name)
        return body(try listing(root: root, name: name, capture: capture, limits: limits))
    }

    /// True for the names macOS adds to folders and archives (`.DS_Store`, `__MACOSX`), which are
    /// never part of a capture.
    static func isIgnored(_ name: String) -> Bool {
        name == ".DS_Store" || name == "__MACOSX"
    }

    /// The regular files under `root`, by relative path. Symbolic links are followed only to
    /// regular files inside the capture; folders behind links are not entered.
    static func listing(
        root: URL, name: String, capture: String, limits: InputLimits
    ) throws(CaptureError) -> CaptureSource {
        let fileManager = FileManager.default
        let resolvedRoot = root.resolvingSymlinksInPath().path
        var files: [CaptureFile] = []
        var diagnostics: [Diagnostic] = []
        var pending = [""]
        while let directory = pending.popLast() {
            let directoryURL = directory.isEmpty ? root : root.appendingPathComponent(directory)
            let names: [String]
            do {
                names = try fileManager.contentsOfDirectory(atPath: directoryURL.path)
            } catch {
                if directory.isEmpty { throw .unreadable(capture, error.localizedDescription) }
                diagnostics.append(Diagnostic(
                    .warning, SourceLocation(file: directory, line: 0),
                    "folder cannot be listed; its files were not read"))
                continue
            }
            for entry in names where !isIgnored(entry) {
                let path = directory.isEmpty ? entry : "\(directory)/\(entry)"
                let url = directoryURL.appendingPathComponent(entry)
                switch fileType(atPath: url.path) {
                case .typeDirectory?:
                    pending.append(path)
                case .typeRegular?:
                    files.append(CaptureFile(path: path, url: url))
                case .typeSymbolicLink?:
                    if let target = regularFileTarget(of: url, inside: resolvedRoot) {
                        files.append(CaptureFile(path: path, url: target))
                    } else {
                        diagnostics.append(Diagnostic(
                            .warning, SourceLocation(file: path, line: 0),
                            "symbolic link does not point to a file inside the capture; not followed"))
                    }
                default:
                    continue
                }
                if files.count > limits.maxCaptureFiles { throw .tooManyFiles(capture, limit: limits.maxCaptureFiles) }
            }
        }
        files.sort { $0.path < $1.path }
        return CaptureSource(name: name, files: files, diagnostics: diagnostics.sorted())
    }

    /// The type of the item at `path` itself (a link is not followed).
    private static func fileType(atPath path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }

    /// Where the link at `url` leads when that is a regular file under `root` (a resolved path).
    private static func regularFileTarget(of url: URL, inside root: String) -> URL? {
        let target = url.resolvingSymlinksInPath()
        guard target.path.hasPrefix(root.hasSuffix("/") ? root : root + "/"),
              fileType(atPath: target.path) == .typeRegular
        else { return nil }
        return target
    }
}
