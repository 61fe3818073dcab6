import RuleEngine

/// Builds checks for tests without a rule file.
enum TestCheck {
    static func make(id: String = "TEST-CHECK", when: String, message: String = "found {name()}",
                     remediation: String = "fix it", fires: [CheckExample] = [], passes: [CheckExample] = [],
                     severity: Severity = .warning) throws -> Check {
        Check(id: id, title: "A test check", severity: severity, category: .review, effort: 1, tags: [], when: when,
              message: try Template(parsing: message), remediation: try Template(parsing: remediation), links: [],
              examples: CheckExamples(fires: fires, passes: passes), file: "test.yaml", line: 1)
    }
}
