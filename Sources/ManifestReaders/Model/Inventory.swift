/// Everything the readers found in one capture: a typed, sorted, provenance-carrying model that the
/// analyzer and the reports only read.
public struct Inventory: Codable, Sendable, Hashable {
    /// Version of this model's JSON shape.
    public static let schemaVersion = 1

    public var schemaVersion: Int
    /// Name of the capture (its directory or zip name without extension).
    public var captureName: String
    /// The capture's manifest, when it had one.
    public var manifest: CaptureManifest?
    /// Every file of the capture and what it was read as, sorted by path.
    public var inputs: [CapturedInput]
    /// The server's operating system, when the registry export carried it.
    public var host: HostInfo?
    /// Windows features, sorted by name.
    public var features: [WindowsFeature]
    /// Services, sorted by name (case-insensitive), merged across service lists and registry exports.
    public var services: [WindowsService]
    /// Installed programs, sorted by name, version and architecture.
    public var programs: [InstalledProgram]
    /// .NET Framework versions, sorted by version.
    public var dotNetFrameworks: [DotNetFramework]
    /// IIS configuration, when the capture had an `applicationHost.config`.
    public var iis: IISConfiguration?
    /// Applications' `web.config` files, sorted by site and application path.
    public var webConfigs: [WebConfig]
    /// Every reader diagnostic, sorted by file and line.
    public var diagnostics: [Diagnostic]

    public init(
        captureName: String, manifest: CaptureManifest? = nil, inputs: [CapturedInput] = [],
        host: HostInfo? = nil, features: [WindowsFeature] = [], services: [WindowsService] = [],
        programs: [InstalledProgram] = [], dotNetFrameworks: [DotNetFramework] = [],
        iis: IISConfiguration? = nil, webConfigs: [WebConfig] = [], diagnostics: [Diagnostic] = []
    ) {
        self.schemaVersion = Inventory.schemaVersion
        self.captureName = captureName
        self.manifest = manifest
        self.inputs = inputs
        self.host = host
        self.features = features
        self.services = services
        self.programs = programs
        self.dotNetFrameworks = dotNetFrameworks
        self.iis = iis
        self.webConfigs = webConfigs
        self.diagnostics = diagnostics
    }
}
