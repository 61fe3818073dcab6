/// Findings after waivers were applied, and the waivers that need attention.
public struct WaiverResult: Sendable, Hashable {
    /// The findings, in the order given, with `suppression` set on those an active waiver covers.
    public var findings: [Finding]
    /// Waivers whose date has passed; they suppress nothing.
    public var expired: [ExpiredWaiver]
    /// Active waivers that cover no finding: stale, or a typo in the rule, workload or fingerprint.
    public var unused: [Waiver]

    /// Creates a result.
    public init(findings: [Finding], expired: [ExpiredWaiver], unused: [Waiver]) {
        self.findings = findings
        self.expired = expired
        self.unused = unused
    }
}
