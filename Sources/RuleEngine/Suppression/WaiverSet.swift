import Yams

/// The waivers of a waivers file:
///
/// ```yaml
/// waivers:
///   - rule: IIS-AUTH-WINDOWS
///     workload: site-intranet-*        # optional; '*' matches any run of characters
///     fingerprint: 0f3a…               # optional
///     justification: The intranet keeps Windows auth; gMSA is set up in ticket OPS-123.
///     expires: 2026-12-31
/// ```
public struct WaiverSet: Sendable, Hashable {
    static let fields = ["rule", "workload", "fingerprint", "justification", "expires"]

    /// Valid waivers, in file order.
    public var waivers: [Waiver]
    /// One per problem; a waiver with any problem is not in `waivers`.
    public var errors: [RuleLoadError]

    /// Creates a set.
    public init(waivers: [Waiver], errors: [RuleLoadError]) {
        self.waivers = waivers
        self.errors = errors
    }

    /// The waivers of the file at `file`.
    public static func load(file: String) -> WaiverSet {
        do {
            return load(yaml: try YAMLSource.text(ofFile: file), file: file)
        } catch {
            return WaiverSet(waivers: [], errors: [error])
        }
    }

    /// The waivers in `yaml`, `file` naming it in errors.
    public static func load(yaml: String, file: String) -> WaiverSet {
        var errors: [RuleLoadError] = []
        let waivers = YAMLSource.items(of: "waivers", in: yaml, file: file, errors: &errors).compactMap {
            waiver($0, file: file, errors: &errors)
        }
        return WaiverSet(waivers: waivers, errors: errors.inLineOrder())
    }

    /// The waiver in `node`, or nil when anything about it is wrong; every problem is added to `errors`.
    private static func waiver(_ node: Node, file: String, errors: inout [RuleLoadError]) -> Waiver? {
        let before = errors.count
        guard let fields = YAMLMapping(node, file: file, known: Self.fields, notMapping: "a waiver must be a mapping",
                                       errors: &errors) else { return nil }
        let rule = fields.string("rule", errors: &errors)
        if let rule, !CheckID.isValid(rule) {
            errors.append(fields.error("rule", CheckID.invalid(rule)))
        }
        let workload = fields.string("workload", required: false, errors: &errors)
        let fingerprint = fields.string("fingerprint", required: false, errors: &errors)
        if let fingerprint, fingerprint.count != 32 || !fingerprint.allSatisfy({ $0.isASCII && $0.isHexDigit && !$0.isUppercase }) {
            errors.append(fields.error("fingerprint", "'fingerprint' must be 32 lower-case hex digits; found '\(fingerprint)'"))
        }
        let justification = fields.string("justification", errors: &errors)
        let expires = fields.string("expires", errors: &errors)
        if let expires, !CalendarDate.isValid(expires) {
            errors.append(fields.error("expires", "'expires' must be a date YYYY-MM-DD; found '\(expires)'"))
        }
        guard errors.count == before, let rule, let justification, let expires else { return nil }
        return Waiver(rule: rule, workload: workload, fingerprint: fingerprint, justification: justification,
                      expires: expires, file: file, line: fields.line)
    }

    /// Suppresses the findings that an active waiver covers (the first such waiver's justification
    /// and expiry are recorded); a finding already suppressed keeps its suppression. A waiver is
    /// active through its `expires` day: it has expired when `expires` < `date` (`YYYY-MM-DD`).
    public func apply(to findings: [Finding], asOf date: String) -> WaiverResult {
        let active = waivers.filter { $0.expires >= date }
        let suppressed = findings.map { finding in
            guard finding.suppression == nil, let waiver = active.first(where: { $0.covers(finding) }) else { return finding }
            var waived = finding
            waived.suppression = Suppression(kind: .waived, justification: waiver.justification, expires: waiver.expires)
            return waived
        }
        let expired = waivers.filter { $0.expires < date }.map { waiver in
            ExpiredWaiver(waiver: waiver, matchedFindings: findings.count(where: waiver.covers))
        }
        let unused = active.filter { waiver in !findings.contains(where: waiver.covers) }
        return WaiverResult(findings: suppressed, expired: expired, unused: unused)
    }
}
