/// One thing a check found: which rule, which workload, what and where, and whether it is suppressed.
public struct Finding: Sendable, Hashable, Codable {
    public var ruleID: String
    public var title: String
    public var severity: Severity
    public var category: CheckCategory
    public var effort: Int
    /// The workload id (`ancestor-or-self::workload/@id` of the selected node); nil for the server.
    public var workload: String?
    /// The rendered message.
    public var message: String
    /// The rendered remediation.
    public var remediation: String
    /// Capture file and line of the evidence (the selected node's `@file`/`@line` or its nearest ancestor's).
    public var file: String?
    public var line: Int?
    /// The selected node in short: its name and identifying attributes, e.g.
    /// `binding protocol="net.tcp" bindingInformation="808:*"`.
    public var evidence: String
    /// Stable identity across runs and line moves: derived from rule id, workload and the selected
    /// node's identity, never from line numbers.
    public var fingerprint: String
    /// Set when a waiver or the baseline suppresses the finding; suppressed findings never fail the gate.
    public var suppression: Suppression?

    public init(ruleID: String, title: String, severity: Severity, category: CheckCategory, effort: Int,
                workload: String?, message: String, remediation: String, file: String?, line: Int?,
                evidence: String, fingerprint: String, suppression: Suppression? = nil) {
        self.ruleID = ruleID
        self.title = title
        self.severity = severity
        self.category = category
        self.effort = effort
        self.workload = workload
        self.message = message
        self.remediation = remediation
        self.file = file
        self.line = line
        self.evidence = evidence
        self.fingerprint = fingerprint
        self.suppression = suppression
    }
}

/// Why a finding does not count against the gate.
public struct Suppression: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A waiver in the waivers file covers it.
        case waived
        /// It was already in the baseline.
        case baselined
    }

    public var kind: Kind
    /// The waiver's justification (waived) or the baseline file name (baselined).
    public var justification: String
    /// The waiver's expiry date, `YYYY-MM-DD`.
    public var expires: String?

    public init(kind: Kind, justification: String, expires: String? = nil) {
        self.kind = kind
        self.justification = justification
        self.expires = expires
    }
}
