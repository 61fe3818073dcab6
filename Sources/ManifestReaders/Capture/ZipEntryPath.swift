/// The path of a zip entry, checked so that extracting it can only create a file inside the
/// extraction directory.
struct ZipEntryPath: Hashable {
    /// Why an entry path was refused; `description` completes "zip entry '…' …".
    enum Refusal: Error, CustomStringConvertible {
        case absolute
        case driveLetter
        case escapes
        case invalidCharacter

        var description: String {
            switch self {
            case .absolute: "has an absolute path"
            case .driveLetter: "has a drive letter"
            case .escapes: "escapes the capture directory"
            case .invalidCharacter: "has a NUL character in its path"
            }
        }
    }

    /// The path's components, without empty and `.` components; empty for the archive root.
    let components: [String]

    /// Checks `raw` (as stored in the archive, `\` or `/` separated).
    init(validating raw: String) throws(Refusal) {
        let path = raw.replacingOccurrences(of: "\\", with: "/")
        if path.contains("\0") { throw .invalidCharacter }
        if path.hasPrefix("/") { throw .absolute }
        if ZipEntryPath.hasDriveLetter(path) { throw .driveLetter }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if parts.contains("..") { throw .escapes }
        components = parts.filter { $0 != "." }
    }

    /// The `/`-separated relative path.
    var relativePath: String { components.joined(separator: "/") }

    /// True for `C:…`, the form Windows tools write for absolute (or drive-relative) paths.
    private static func hasDriveLetter(_ path: String) -> Bool {
        let scalars = Array(path.unicodeScalars.prefix(2))
        guard scalars.count == 2, scalars[1] == ":" else { return false }
        return ("a"..."z").contains(scalars[0]) || ("A"..."Z").contains(scalars[0])
    }
}
