/// The kinds of input a capture can hold, recognised by content (see `InputSniffer`).
public enum InputKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// IIS `applicationHost.config` (or an IIS Express one, or a `<sites>` fragment).
    case applicationHostConfig
    /// An application's `web.config`.
    case webConfig
    /// A `reg export` file.
    case registryExport
    /// A service list (CSV, JSON or `sc.exe queryex` text).
    case serviceList
    /// A Windows feature list (`Get-WindowsFeature`, `dism /get-features`, `Get-WindowsOptionalFeature`).
    case featureList
    /// The capture's `manifest.json`.
    case captureManifest
}

/// A capture file and what it was recognised as.
public struct CapturedInput: Codable, Sendable, Hashable {
    /// Path relative to the capture root.
    public var path: String
    /// What it was read as; nil when it was not recognised (and so ignored).
    public var kind: InputKind?
    /// Size in bytes.
    public var size: Int

    public init(path: String, kind: InputKind?, size: Int) {
        self.path = path
        self.kind = kind
        self.size = size
    }
}
