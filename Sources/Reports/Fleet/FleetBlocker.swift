/// A blocker check across the fleet: how many active findings it has and on how many servers.
public struct FleetBlocker: Sendable, Hashable, Codable {
    /// The check id.
    public var ruleID: String
    public var title: String
    /// Active findings of the check across the fleet.
    public var findings: Int
    /// Servers with at least one of them.
    public var servers: Int

    public init(ruleID: String, title: String, findings: Int, servers: Int) {
        self.ruleID = ruleID
        self.title = title
        self.findings = findings
        self.servers = servers
    }
}
