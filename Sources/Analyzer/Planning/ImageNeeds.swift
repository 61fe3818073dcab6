/// What a workload needs from its base image; the planner picks the smallest image that has all of it.
public struct ImageNeeds: Sendable, Hashable, Codable {
    /// The .NET Framework version the workload needs ("4.8.1", "4.8", "4.7.2", … "3.5", "2.0", "1.1"),
    /// nil when it runs no .NET Framework code.
    public var dotNetFramework: String?
    /// IIS (the web server role).
    public var iis: Bool
    /// 32-bit (WoW64) processes: a 32-bit app pool or a 32-bit service binary.
    public var thirtyTwoBit: Bool
    /// Windows PowerShell (setup steps, scripts the app runs).
    public var powerShell: Bool
    /// Windows Installer (MSI) for an installer the workload needs (URL Rewrite, ARR, …).
    public var msi: Bool
    /// The full Win32 API surface (GDI, desktop components) or all default fonts.
    public var fullAPI: Bool
    /// GPU access (DirectX).
    public var gpu: Bool
    /// WCF over non-HTTP bindings (net.tcp, net.pipe, net.msmq).
    public var wcfNonHTTP: Bool

    public init(dotNetFramework: String? = nil, iis: Bool = false, thirtyTwoBit: Bool = false,
                powerShell: Bool = false, msi: Bool = false, fullAPI: Bool = false, gpu: Bool = false,
                wcfNonHTTP: Bool = false) {
        self.dotNetFramework = dotNetFramework
        self.iis = iis
        self.thirtyTwoBit = thirtyTwoBit
        self.powerShell = powerShell
        self.msi = msi
        self.fullAPI = fullAPI
        self.gpu = gpu
        self.wcfNonHTTP = wcfNonHTTP
    }
}
