/// An accepted finding: a rule, optionally narrowed to workloads or to one fingerprint, with a
/// justification and an expiry date.
public struct Waiver: Sendable, Hashable {
    /// The check id it waives.
    public var rule: String
    /// A workload id, or a pattern where `*` stands for any run of characters. Server-level findings
    /// (no workload) are only covered by a waiver without `workload`.
    public var workload: String?
    /// One finding's fingerprint.
    public var fingerprint: String?
    /// Why the finding is acceptable.
    public var justification: String
    /// The last day the waiver holds, `YYYY-MM-DD`.
    public var expires: String
    /// The waivers file.
    public var file: String
    /// The line the waiver starts on.
    public var line: Int

    /// Creates a waiver.
    public init(rule: String, workload: String? = nil, fingerprint: String? = nil, justification: String,
                expires: String, file: String, line: Int) {
        self.rule = rule
        self.workload = workload
        self.fingerprint = fingerprint
        self.justification = justification
        self.expires = expires
        self.file = file
        self.line = line
    }

    /// The findings of `rule` it reaches, in words: `workload 'site-*'`, `fingerprint 0f3a…`, both
    /// joined with `, `, or `every finding`.
    public var scope: String {
        let parts = [workload.map { "workload '\($0)'" }, fingerprint.map { "fingerprint \($0)" }].compactMap { $0 }
        return parts.isEmpty ? "every finding" : parts.joined(separator: ", ")
    }

    /// Whether the waiver reaches `finding`, whatever its expiry.
    public func covers(_ finding: Finding) -> Bool {
        guard finding.ruleID == rule, fingerprint.map({ $0 == finding.fingerprint }) ?? true else { return false }
        guard let workload else { return true }
        guard let id = finding.workload else { return false }
        return Self.matches(Array(id), pattern: Array(workload))
    }

    /// Glob matching where `*` matches any run of characters, including none.
    private static func matches(_ text: [Character], pattern: [Character]) -> Bool {
        var textIndex = 0, patternIndex = 0
        var star: (pattern: Int, text: Int)?
        while textIndex < text.count {
            if patternIndex < pattern.count, pattern[patternIndex] == "*" {
                star = (patternIndex, textIndex)
                patternIndex += 1
            } else if patternIndex < pattern.count, pattern[patternIndex] == text[textIndex] {
                patternIndex += 1
                textIndex += 1
            } else if let backtrack = star {
                star = (backtrack.pattern, backtrack.text + 1)
                patternIndex = backtrack.pattern + 1
                textIndex = backtrack.text + 1
            } else {
                return false
            }
        }
        return pattern[patternIndex...].allSatisfy { $0 == "*" }
    }
}
