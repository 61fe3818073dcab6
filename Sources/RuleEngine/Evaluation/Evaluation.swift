/// The result of running checks over one assessment document.
public struct Evaluation: Sendable, Hashable {
    /// Sorted by rule id, workload (server-level first), file, line and fingerprint.
    public var findings: [Finding]
    /// Sorted by rule id; at most one per check.
    public var ruleErrors: [RuleError]

    /// Creates a result.
    public init(findings: [Finding], ruleErrors: [RuleError]) {
        self.findings = findings
        self.ruleErrors = ruleErrors
    }
}
