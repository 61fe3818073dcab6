/// The checks that loaded, and the problems of those that did not.
public struct CheckSet: Sendable, Hashable {
    /// Valid checks, in file order (files sorted by path).
    public var checks: [Check]
    /// One per problem; a check with any problem is not in `checks`.
    public var errors: [RuleLoadError]

    /// Creates a set.
    public init(checks: [Check], errors: [RuleLoadError]) {
        self.checks = checks
        self.errors = errors
    }

    /// The set without the checks whose ids are in `ids` (`--disable`); an id that names no loaded
    /// check is an error (`--disable: unknown check id 'X'`).
    public func disabling(_ ids: [String]) -> CheckSet {
        let known = Set(checks.map(\.id))
        let unknown = ids.filter { !known.contains($0) }.map {
            RuleLoadError(file: "--disable", line: 0, message: "unknown check id '\($0)'")
        }
        return CheckSet(checks: checks.filter { !ids.contains($0.id) }, errors: errors + unknown)
    }
}
