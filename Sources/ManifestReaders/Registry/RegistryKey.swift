/// One key section of a registry export: a `[path]` or `[-path]` line and the values under it.
public struct RegistryKey: Sendable, Hashable {
    /// The key path as written, e.g. `HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion`
    /// (without the brackets and without the `-` of a deletion).
    public var path: String
    /// True for a `[-path]` line, which deletes the key and its subkeys.
    public var isDeletion: Bool
    /// The values of the section, in file order.
    public var values: [RegistryValue]
    /// The 1-based line of the `[path]` line.
    public var line: Int

    public init(path: String, isDeletion: Bool = false, values: [RegistryValue] = [], line: Int) {
        self.path = path
        self.isDeletion = isDeletion
        self.values = values
        self.line = line
    }

    /// The last part of the path, e.g. `W3SVC` for `...\Services\W3SVC`.
    public var name: Substring {
        guard let separator = path.lastIndex(of: "\\") else { return path[...] }
        return path[path.index(after: separator)...]
    }
}
