/// The captured server's operating system, from `HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion`
/// (and the capture manifest where it says more).
public struct HostInfo: Codable, Sendable, Hashable {
    /// Computer name, from the manifest or `ComputerName` registry key.
    public var computerName: String?
    /// `ProductName`, e.g. "Windows Server 2016 Datacenter".
    public var productName: String?
    /// `EditionID`, e.g. "ServerDatacenter".
    public var editionID: String?
    /// `InstallationType`: "Server", "Server Core", "Client", "Nano Server".
    public var installationType: String?
    /// `CurrentBuild` (or `CurrentBuildNumber`), e.g. 14393.
    public var build: Int?
    /// Update build revision (`UBR` DWORD), e.g. 6167.
    public var ubr: Int?
    /// `DisplayVersion` (20H2 and later) or `ReleaseId` (1511–2009), e.g. "1607".
    public var displayVersion: String?
    /// `CurrentVersion`, e.g. "6.3".
    public var currentVersion: String?
    /// Processor architecture when known ("AMD64", "x86", "ARM64").
    public var architecture: String?
    /// Where the OS facts were read.
    public var source: SourceLocation

    public init(
        computerName: String? = nil, productName: String? = nil, editionID: String? = nil,
        installationType: String? = nil, build: Int? = nil, ubr: Int? = nil,
        displayVersion: String? = nil, currentVersion: String? = nil, architecture: String? = nil,
        source: SourceLocation
    ) {
        self.computerName = computerName
        self.productName = productName
        self.editionID = editionID
        self.installationType = installationType
        self.build = build
        self.ubr = ubr
        self.displayVersion = displayVersion
        self.currentVersion = currentVersion
        self.architecture = architecture
        self.source = source
    }
}
