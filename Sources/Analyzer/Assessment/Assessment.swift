import ManifestReaders

/// The analysis of one capture: its inventory, and per workload what it needs and where it runs.
/// Checks query its XML form (`AssessmentXMLEncoder`); reports render it.
public struct Assessment: Sendable, Hashable, Codable {
    /// Version of the JSON and XML shape.
    public static let schemaVersion = 1

    public var schemaVersion: Int
    public var options: AnalysisOptions
    /// The resolved target host: version name and build.
    public var hostVersion: String
    public var hostBuild: Int
    /// The server's own OS against the catalog's lifecycle (nil when the capture lacks it).
    public var sourceOS: SourceOSStatus?
    public var inventory: Inventory
    public var workloads: [AssessedWorkload]

    public init(options: AnalysisOptions, hostVersion: String, hostBuild: Int, sourceOS: SourceOSStatus?,
                inventory: Inventory, workloads: [AssessedWorkload]) {
        self.schemaVersion = Assessment.schemaVersion
        self.options = options
        self.hostVersion = hostVersion
        self.hostBuild = hostBuild
        self.sourceOS = sourceOS
        self.inventory = inventory
        self.workloads = workloads
    }
}

/// One workload with its requirements and plan.
public struct AssessedWorkload: Sendable, Hashable, Codable {
    public var workload: Workload
    public var requirements: WorkloadRequirements
    public var plan: WorkloadPlan

    public init(workload: Workload, requirements: WorkloadRequirements, plan: WorkloadPlan) {
        self.workload = workload
        self.requirements = requirements
        self.plan = plan
    }
}

/// The captured server's Windows version against the catalog's lifecycle dates.
public struct SourceOSStatus: Sendable, Hashable, Codable {
    /// Catalog name, e.g. "Windows Server 2012 R2".
    public var name: String
    public var build: Int
    /// End of extended support, `YYYY-MM-DD`, when the catalog knows it.
    public var endOfSupport: String?
    /// True when `endOfSupport` is before the analysis date.
    public var outOfSupport: Bool

    public init(name: String, build: Int, endOfSupport: String?, outOfSupport: Bool) {
        self.name = name
        self.build = build
        self.endOfSupport = endOfSupport
        self.outOfSupport = outOfSupport
    }
}
