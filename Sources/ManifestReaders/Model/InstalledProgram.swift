/// A program from the `Uninstall` registry keys (what "Programs and Features" lists).
public struct InstalledProgram: Codable, Sendable, Hashable {
    /// `DisplayName`.
    public var displayName: String
    /// `DisplayVersion`.
    public var version: String?
    /// `Publisher`.
    public var publisher: String?
    /// `InstallLocation`.
    public var installLocation: String?
    /// The Uninstall subkey name (often a product GUID).
    public var keyName: String
    /// "x64" for the 64-bit view, "x86" for `WOW6432Node`.
    public var architecture: String
    public var source: SourceLocation

    public init(
        displayName: String, version: String? = nil, publisher: String? = nil,
        installLocation: String? = nil, keyName: String, architecture: String, source: SourceLocation
    ) {
        self.displayName = displayName
        self.version = version
        self.publisher = publisher
        self.installLocation = installLocation
        self.keyName = keyName
        self.architecture = architecture
        self.source = source
    }
}
