/// An application pool, with `applicationPoolDefaults` applied.
public struct IISApplicationPool: Codable, Sendable, Hashable {
    public var name: String
    /// `managedRuntimeVersion`: "v4.0", "v2.0", or "" for "No Managed Code".
    public var managedRuntimeVersion: String
    /// "Integrated" or "Classic".
    public var managedPipelineMode: String
    /// `enable32BitAppOnWin64`.
    public var enable32BitAppOnWin64: Bool
    /// `processModel@identityType`: "ApplicationPoolIdentity", "NetworkService", "LocalService",
    /// "LocalSystem" or "SpecificUser".
    public var identityType: String
    /// `processModel@userName` for SpecificUser pools. The password is never read.
    public var userName: String?
    /// `autoStart`.
    public var autoStart: Bool
    /// `startMode`: "OnDemand" or "AlwaysRunning".
    public var startMode: String
    public var source: SourceLocation

    public init(
        name: String, managedRuntimeVersion: String = "v4.0", managedPipelineMode: String = "Integrated",
        enable32BitAppOnWin64: Bool = false, identityType: String = "ApplicationPoolIdentity",
        userName: String? = nil, autoStart: Bool = true, startMode: String = "OnDemand",
        source: SourceLocation
    ) {
        self.name = name
        self.managedRuntimeVersion = managedRuntimeVersion
        self.managedPipelineMode = managedPipelineMode
        self.enable32BitAppOnWin64 = enable32BitAppOnWin64
        self.identityType = identityType
        self.userName = userName
        self.autoStart = autoStart
        self.startMode = startMode
        self.source = source
    }
}
