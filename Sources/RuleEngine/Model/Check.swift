/// A declarative check from a rule file (`docs/checks.md`): every node its `when` selects in the
/// assessment document is one finding.
public struct Check: Sendable, Hashable {
    /// Stable identifier, e.g. `IIS-BINDING-NET-TCP`; users waive and disable by it.
    public var id: String
    /// One line.
    public var title: String
    /// What `--fail-on` compares.
    public var severity: Severity
    /// Blocker, change needed, or review.
    public var category: CheckCategory
    /// Story points 0–13: the work to resolve one finding.
    public var effort: Int
    /// Words to filter by.
    public var tags: [String]
    /// XPath 1.0 over the assessment document; a boolean expression selects the root when true.
    public var when: String
    /// What the finding says, rendered for each selected node.
    public var message: Template
    /// What to do about it, rendered for each selected node.
    public var remediation: Template
    /// `https://` URLs.
    public var links: [String]
    /// Inputs on which the check must fire and must not fire.
    public var examples: CheckExamples
    /// The rule file the check is in.
    public var file: String
    /// The line the check starts on.
    public var line: Int

    /// Creates a check; `CheckLoader` is the usual source.
    public init(id: String, title: String, severity: Severity, category: CheckCategory, effort: Int,
                tags: [String], when: String, message: Template, remediation: Template, links: [String],
                examples: CheckExamples, file: String, line: Int) {
        self.id = id
        self.title = title
        self.severity = severity
        self.category = category
        self.effort = effort
        self.tags = tags
        self.when = when
        self.message = message
        self.remediation = remediation
        self.links = links
        self.examples = examples
        self.file = file
        self.line = line
    }
}
