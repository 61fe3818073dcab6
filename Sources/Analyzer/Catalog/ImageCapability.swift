/// Something a workload can need from its base image.
public enum ImageCapability: String, Sendable, Hashable, Codable, CaseIterable {
    /// IIS, the web server role.
    case iis
    /// 32-bit processes (WoW64).
    case thirtyTwoBit
    /// Windows PowerShell.
    case powerShell
    /// Windows Installer.
    case msi
    /// The full Win32 API surface (GDI, desktop components).
    case fullAPI
    /// All default fonts.
    case fonts
    /// GPU access (DirectX).
    case gpu
    /// WCF over net.tcp, net.pipe and net.msmq (WAS activation).
    case wcfNonHTTP
    /// .NET Framework 3.5, which also runs 2.0 and 3.0 applications. Images carry it in their tags.
    case netFx3
    /// .NET Framework 4.x. Images carry it in their tags.
    case netFx4
}
