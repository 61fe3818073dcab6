/// One file of a build context.
public struct BuildContextFile: Sendable, Hashable {
    /// Path relative to the context folder, `/`-separated, e.g. "Dockerfile" or "setup/configure-iis.ps1".
    /// Made only of fixed names, never of values from the capture, so it cannot leave the folder.
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
