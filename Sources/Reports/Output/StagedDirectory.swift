import Foundation

/// An output directory written atomically: files go into a hidden staging directory beside the
/// destination, which replaces the destination in one rename at the end, so a failure leaves
/// nothing half written. Paths inside it are checked, so nothing is written outside it.
public struct StagedDirectory: Sendable {
    /// Where the output ends up.
    public let destination: URL
    /// Where it is written until `commit()`.
    public let staging: URL

    /// Why output could not be written.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Starts writing `destination`: refuses a non-empty directory unless `force`, and any
    /// destination inside `capture` (the capture is never modified).
    public static func begin(_ destination: URL, force: Bool, capture: URL?) throws(Failure) -> StagedDirectory {
        let target = destination.standardizedFileURL
        if let capture {
            let root = capture.standardizedFileURL.resolvingSymlinksInPath().path
            let path = target.resolvingSymlinksInPath().path
            if path == root || path.hasPrefix(root + "/") {
                throw Failure(description: "\(destination.path) is inside the capture, which is never modified")
            }
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure(description: "\(destination.path) exists and is not a directory") }
            let entries = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
            if !entries.isEmpty, !force {
                throw Failure(description: "\(destination.path) is not empty; choose an empty directory or pass --force to replace it")
            }
        }
        let staging = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).partial-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(staging.path): \(error.localizedDescription)")
        }
        return StagedDirectory(destination: target, staging: staging)
    }

    /// The staging URL for `relativePath`, refusing absolute paths and `..` components.
    public func url(for relativePath: String) throws(Failure) -> URL {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !relativePath.hasPrefix("/"), !relativePath.contains("\\"), !relativePath.contains("\0"),
              parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." })
        else { throw Failure(description: "refusing to write '\(relativePath)': not a plain relative path") }
        return staging.appendingPathComponent(relativePath)
    }

    /// Writes `contents` (UTF-8) at `relativePath`, creating folders.
    public func write(_ contents: String, to relativePath: String) throws(Failure) {
        let file = try url(for: relativePath)
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: file)
        } catch {
            throw Failure(description: "cannot write \(relativePath): \(error.localizedDescription)")
        }
    }

    /// Copies the directory tree at `source` to `relativePath` (regular files and folders only;
    /// links are not followed).
    public func copyTree(from source: URL, to relativePath: String) throws(Failure) {
        let target = try url(for: relativePath)
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: target, withIntermediateDirectories: true)
            let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey]
            guard let walker = manager.enumerator(at: source, includingPropertiesForKeys: keys) else { return }
            let base = source.standardizedFileURL.path
            for case let item as URL in walker {
                let values = try item.resourceValues(forKeys: Set(keys))
                if values.isSymbolicLink == true { continue }
                let relative = String(item.standardizedFileURL.path.dropFirst(base.count + 1))
                let destination = target.appendingPathComponent(relative)
                if values.isDirectory == true {
                    try manager.createDirectory(at: destination, withIntermediateDirectories: true)
                } else if values.isRegularFile == true {
                    try manager.copyItem(at: item, to: destination)
                }
            }
        } catch {
            throw Failure(description: "cannot copy \(source.path): \(error.localizedDescription)")
        }
    }

    /// Puts the staged directory in place of the destination.
    public func commit() throws(Failure) {
        let manager = FileManager.default
        do {
            if manager.fileExists(atPath: destination.path) { try manager.removeItem(at: destination) }
            try manager.moveItem(at: staging, to: destination)
        } catch {
            discard()
            throw Failure(description: "cannot move the output into \(destination.path): \(error.localizedDescription)")
        }
    }

    /// Removes the staged files (after a failure).
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
