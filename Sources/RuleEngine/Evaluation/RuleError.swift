/// A check that failed while it ran (its `when` or a template raised an XPath error). The other
/// checks still run; the report shows the error.
public struct RuleError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The id of the check that failed.
    public var ruleID: String
    /// What failed, e.g. `'when' failed: Unregistered function`.
    public var message: String

    /// Creates an error of rule `ruleID`.
    public init(ruleID: String, message: String) {
        self.ruleID = ruleID
        self.message = message
    }

    /// `ID: message`.
    public var description: String { "\(ruleID): \(message)" }
}
