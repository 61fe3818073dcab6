/// A capture opened for reading: its name and its regular files in path order. For a zip capture
/// the files are in a private extraction directory that exists only while the `CaptureWalker`
/// body runs.
public struct CaptureSource: Sendable {
    /// The capture's name: its directory name, or its zip name without the extension.
    public var name: String
    /// The capture's regular files, sorted by their capture-relative path.
    public var files: [CaptureFile]
    /// Warnings about what the walk left out (links not followed, folders that cannot be listed),
    /// sorted.
    public var diagnostics: [Diagnostic]

    /// A capture named `name` holding `files`.
    public init(name: String, files: [CaptureFile], diagnostics: [Diagnostic] = []) {
        self.name = name
        self.files = files
        self.diagnostics = diagnostics
    }
}
