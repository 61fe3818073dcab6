import Foundation
import ZIPFoundation

/// Extracts a zip capture into a private directory, after checking the whole archive: every entry
/// path must stay inside the extraction directory (no absolute paths, drive letters or `..`), no
/// entry may be a symbolic link, and the entry count and the total expanded size must be within
/// `InputLimits`. The size is checked from the headers first and enforced again while extracting,
/// so an archive whose headers lie is stopped too. A refused archive is never partly used.
enum ZipCaptureExtractor {
    /// True when the file starts with a zip signature (a local file header, or the end-of-central-
    /// directory record of an empty archive).
    static func isZipArchive(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        return magic == Data([0x50, 0x4B, 0x03, 0x04]) || magic == Data([0x50, 0x4B, 0x05, 0x06])
    }

    /// A new, empty directory only this user can read: `<temporary directory>/i2c-<UUID>`.
    static func makeScratchDirectory(for capture: String) throws(CaptureError) -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("i2c-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(
                at: url, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .unreadable(capture, "cannot create a directory to extract it into: \(error.localizedDescription)")
        }
        return url
    }

    /// Checks `zip` whole, then extracts its files into `scratch`.
    static func extract(_ zip: URL, into scratch: URL, capture: String, limits: InputLimits) throws(CaptureError) {
        let archive: Archive
        do {
            archive = try Archive(url: zip, accessMode: .read)
        } catch {
            throw .unreadable(capture, "not a valid zip archive")
        }
        var expanded = 0
        for (entry, path) in try checkedFiles(of: archive, capture: capture, limits: limits) {
            do {
                try extract(entry, of: archive, to: path, in: scratch) { chunkSize in
                    expanded += chunkSize
                    if expanded > limits.maxZipUncompressedBytes { throw ExpansionLimitReached() }
                }
            } catch is ExpansionLimitReached {
                throw .zipRefused(capture, expansionRefusal(limits))
            } catch {
                throw .zipRefused(capture, "zip entry '\(entry.path)' cannot be extracted (\(error))")
            }
        }
    }

    /// The folder to read as the capture root: the archive's only top-level folder when it has the
    /// archive's own name (what "compress this folder" makes), else `scratch` itself.
    static func captureRoot(in scratch: URL, named name: String) -> URL {
        guard let top = try? FileManager.default.contentsOfDirectory(atPath: scratch.path), top.count == 1,
              top[0].lowercased() == name.lowercased()
        else { return scratch }
        let folder = scratch.appendingPathComponent(top[0], isDirectory: true)
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? folder : scratch
    }

    /// The archive's file entries to extract with their checked paths, in archive order; throws
    /// when any entry makes the archive unacceptable.
    private static func checkedFiles(
        of archive: Archive, capture: String, limits: InputLimits
    ) throws(CaptureError) -> [(Entry, ZipEntryPath)] {
        var files: [(Entry, ZipEntryPath)] = []
        var seen: Set<String> = []
        var entryCount = 0
        var declaredSize: UInt64 = 0
        for entry in archive {
            entryCount += 1
            if entryCount > limits.maxZipEntries {
                throw .zipRefused(capture, "the archive has more than \(limits.maxZipEntries) entries")
            }
            let path: ZipEntryPath
            do {
                path = try ZipEntryPath(validating: entry.path)
            } catch {
                throw .zipRefused(capture, "zip entry '\(entry.path)' \(error)")
            }
            if entry.type == .symlink {
                throw .zipRefused(capture, "zip entry '\(entry.path)' is a symbolic link")
            }
            let (sum, overflow) = declaredSize.addingReportingOverflow(entry.uncompressedSize)
            declaredSize = sum
            if overflow || declaredSize > UInt64(max(limits.maxZipUncompressedBytes, 0)) {
                throw .zipRefused(capture, expansionRefusal(limits))
            }
            guard entry.type == .file, !path.components.isEmpty,
                  !path.components.contains(where: CaptureWalker.isIgnored)
            else { continue }
            guard seen.insert(path.relativePath.lowercased()).inserted else {
                throw .zipRefused(capture, "zip entry '\(entry.path)' appears more than once")
            }
            files.append((entry, path))
        }
        return files
    }

    /// Writes one file entry under `scratch`, reporting each chunk's size to `count` first.
    private static func extract(
        _ entry: Entry, of archive: Archive, to path: ZipEntryPath, in scratch: URL,
        counting count: (Int) throws -> Void
    ) throws {
        let destination = path.components.reduce(scratch) { $0.appendingPathComponent($1) }
        try FileManager.default.createDirectory(
            at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: destination.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        let handle = try FileHandle(forWritingTo: destination)
        defer { try? handle.close() }
        _ = try archive.extract(entry) { chunk in
            try count(chunk.count)
            try handle.write(contentsOf: chunk)
        }
    }

    private static func expansionRefusal(_ limits: InputLimits) -> String {
        "the archive expands to more than \(limits.maxZipUncompressedBytes) bytes"
    }

    /// Thrown from inside an extraction when the running total passes the limit.
    private struct ExpansionLimitReached: Error {}
}
