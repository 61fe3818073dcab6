/// Where a workload's files go: the folders of site content and service programs that the user
/// copies into the context's `content/` folder and the image's paths for them, and the shares
/// that become mounts. Destinations are made with `ContextName`, so no capture value can place a
/// file outside `content/` or outside the container folder it belongs in.
struct ContentLayout {
    /// A folder copied from the server into the image.
    struct Folder: Hashable {
        /// The path on the server, as the capture expands it, e.g. `D:\Sites\FabrikamApi`.
        var source: String
        /// The folder under `content/`, e.g. "FabrikamApi".
        var destination: String
        /// The path in the container, e.g. `C:\inetpub\site-fabrikam-api\FabrikamApi`.
        var containerPath: String
        /// True when the container path is the server's own path.
        var keepsServerPath: Bool
    }

    /// A share the container reaches through a bind mount rather than a copy.
    struct Mount: Hashable {
        /// The UNC path, e.g. `\\fs01\webcontent\media`.
        var share: String
        /// The mount point in the container, e.g. `C:\mounts\media`.
        var containerPath: String
    }

    /// The container folder under which service programs from other drives go.
    static let applicationRoot = #"C:\app"#
    /// The container folder under which shares are mounted.
    static let mountRoot = #"C:\mounts"#

    /// The folders to copy, in the order they were added; a folder inside another is not listed.
    private(set) var folders: [Folder] = []
    private(set) var mounts: [Mount] = []
    /// Destinations taken (lower case); `content/README.txt` is the context's own file.
    private var destinations: Set<String> = ["readme.txt"]
    private var mountNames: Set<String> = []

    /// Adds the site content folders `sources` (physical paths), copied under `root` in the
    /// container: each folder that is not inside another becomes `root\<its name>`.
    mutating func addSiteContent(_ sources: [String], under root: String) {
        let keys = sources.map(Self.key)
        for (source, key) in zip(sources, keys) {
            let nested = keys.contains { $0 != key && key.hasPrefix($0 + "\\") }
            guard !nested, folder(forKey: key) == nil else { continue }
            let destination = ContextName.unique(ContextName.component(Self.lastName(of: source)), taken: &destinations)
            folders.append(Folder(source: source, destination: destination,
                                  containerPath: root + "\\" + destination, keepsServerPath: false))
        }
    }

    /// Adds the folder of a service program: kept at its own path when that is on C: (outside
    /// `C:\Windows`) and plainly named, else placed under `applicationRoot`.
    mutating func addServiceFolder(_ path: String) -> Folder {
        if let existing = folder(forKey: Self.key(path)) { return existing }
        let destination = ContextName.unique(ContextName.component(Self.lastName(of: path)), taken: &destinations)
        let kept = Self.keepablePath(path)
        let folder = Folder(source: path, destination: destination,
                            containerPath: kept ?? Self.applicationRoot + "\\" + destination, keepsServerPath: kept != nil)
        folders.append(folder)
        return folder
    }

    /// Adds a share and returns its mount point.
    mutating func addMount(_ share: String) -> Mount {
        if let existing = mount(of: share) { return existing }
        let name = ContextName.unique(ContextName.component(Self.lastName(of: share), fallback: "share"), taken: &mountNames)
        let mount = Mount(share: share, containerPath: Self.mountRoot + "\\" + name)
        mounts.append(mount)
        return mount
    }

    /// The container path of `source`: its folder's path, plus the rest of `source` below that
    /// folder with each part made a safe name.
    func containerPath(of source: String) -> String? {
        let key = Self.key(source)
        let match = folders.filter { key == Self.key($0.source) || key.hasPrefix(Self.key($0.source) + "\\") }
            .max { Self.key($0.source).count < Self.key($1.source).count }
        guard let match else { return nil }
        let rest = Self.parts(of: source).dropFirst(Self.parts(of: match.source).count)
        return ([match.containerPath] + rest.map { ContextName.component($0) }).joined(separator: "\\")
    }

    /// The mount point of `share`, once added.
    func mount(of share: String) -> Mount? {
        mounts.first { Self.key($0.share) == Self.key(share) }
    }

    private func folder(forKey key: String) -> Folder? {
        folders.first { Self.key($0.source) == key }
    }

    /// `path` for comparing: backslashes, no trailing separator, lower case.
    private static func key(_ path: String) -> String {
        var text = path.replacingOccurrences(of: "/", with: "\\")
        while text.hasSuffix("\\") { text.removeLast() }
        return text.lowercased()
    }

    private static func parts(of path: String) -> [String] {
        path.split(whereSeparator: { $0 == "\\" || $0 == "/" }).map(String.init)
    }

    /// The last part of `path` that names a folder (not `.`, `..` or a drive), or "".
    private static func lastName(of path: String) -> String {
        parts(of: path).last { part in
            part != "." && part != ".." && !(part.count == 2 && part.hasSuffix(":"))
        } ?? ""
    }

    /// `path` in Windows form when a container may use it as it is: on C:, not under `C:\Windows`,
    /// and every part made of letters, digits, spaces and `._()-` only (so it needs no quoting in a
    /// Dockerfile `COPY` and holds no `..`).
    private static func keepablePath(_ path: String) -> String? {
        let parts = parts(of: path)
        guard parts.count > 1, parts[0].lowercased() == "c:", parts[1].lowercased() != "windows" else { return nil }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ._()-")
        let plain = parts.dropFirst().allSatisfy { part in
            part.allSatisfy(allowed.contains) && part.contains { $0 != "." && $0 != " " }
                && part.first != " " && part.last != " " && part.last != "."
        }
        return plain ? "C:\\" + parts.dropFirst().joined(separator: "\\") : nil
    }
}
