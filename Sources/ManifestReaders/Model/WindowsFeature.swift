/// A Windows role, role service or optional feature and whether it is installed.
public struct WindowsFeature: Codable, Sendable, Hashable {
    /// The feature's name as `Install-WindowsFeature` (e.g. "Web-Asp-Net45") or DISM
    /// (e.g. "IIS-ASPNET45") knows it.
    public var name: String
    /// Human-readable name, when the source had one.
    public var displayName: String?
    /// True when the feature is installed / enabled.
    public var installed: Bool
    /// The state as the source wrote it ("Installed", "Available", "Enabled", "Disabled with Payload Removed", …).
    public var installState: String?
    /// Parent feature name (`Get-WindowsFeature` `Parent`, or derived from the tree indentation).
    public var parent: String?
    /// Which naming scheme the name follows.
    public var naming: Naming
    public var source: SourceLocation

    /// The two naming schemes Windows uses for features.
    public enum Naming: String, Codable, Sendable, Hashable {
        /// Server Manager names (`Get-WindowsFeature`, `Install-WindowsFeature`).
        case serverManager
        /// DISM / optional-feature names (`dism /get-features`, `Get-WindowsOptionalFeature`).
        case dism
    }

    public init(
        name: String, displayName: String? = nil, installed: Bool, installState: String? = nil,
        parent: String? = nil, naming: Naming, source: SourceLocation
    ) {
        self.name = name
        self.displayName = displayName
        self.installed = installed
        self.installState = installState
        self.parent = parent
        self.naming = naming
        self.source = source
    }
}
