/// One workload of an analysed server, as the fleet summary lists it.
public struct FleetWorkload: Sendable, Hashable, Codable {
    /// The server's name.
    public var server: String
    /// The workload id, e.g. `site-contoso-intranet`.
    public var id: String
    public var name: String
    /// `iisSite` or `windowsService`.
    public var kind: String
    /// The planned base image reference.
    public var image: String
    /// Whether the image runs on the target host with the chosen isolation.
    public var compatible: Bool
    public var readiness: Readiness
    /// The effort of its active findings.
    public var effort: Int

    public init(server: String, workload: WorkloadSummary) {
        self.server = server
        id = workload.id
        name = workload.name
        kind = workload.kind
        image = workload.image
        compatible = workload.compatible
        readiness = workload.readiness
        effort = workload.effort
    }
}
