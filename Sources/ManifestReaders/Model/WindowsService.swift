/// A Windows service (Win32 service or driver) as the capture describes it.
public struct WindowsService: Codable, Sendable, Hashable {
    /// Service (key) name, e.g. "W3SVC".
    public var name: String
    public var displayName: String?
    /// "Running", "Stopped", … when the source knows it (registry exports do not).
    public var state: String?
    /// Normalised start mode: "Boot", "System", "Auto", "Manual", "Disabled" (plus " (Delayed)" is not used;
    /// see `delayedAutoStart`).
    public var startMode: String?
    /// True for automatic (delayed start).
    public var delayedAutoStart: Bool?
    /// The account the service runs as (`StartName` / `ObjectName` / `UserName`), e.g. "LocalSystem",
    /// "NT AUTHORITY\\NetworkService", "CONTOSO\\svc-orders".
    public var account: String?
    /// The command line (`PathName` / `ImagePath` / `BinaryPathName`).
    public var binaryPath: String?
    /// Normalised service type: "Kernel Driver", "File System Driver", "Own Process", "Share Process",
    /// "User Own Process", "User Share Process", with " (Interactive)" appended when it may interact
    /// with the desktop; the raw value when unknown.
    public var serviceType: String?
    public var description: String?
    /// True when the service ships with Windows (see `BuiltInServices`); false for added software.
    public var isBuiltIn: Bool
    public var source: SourceLocation

    public init(
        name: String, displayName: String? = nil, state: String? = nil, startMode: String? = nil,
        delayedAutoStart: Bool? = nil, account: String? = nil, binaryPath: String? = nil,
        serviceType: String? = nil, description: String? = nil, isBuiltIn: Bool,
        source: SourceLocation
    ) {
        self.name = name
        self.displayName = displayName
        self.state = state
        self.startMode = startMode
        self.delayedAutoStart = delayedAutoStart
        self.account = account
        self.binaryPath = binaryPath
        self.serviceType = serviceType
        self.description = description
        self.isBuiltIn = isBuiltIn
        self.source = source
    }
}
