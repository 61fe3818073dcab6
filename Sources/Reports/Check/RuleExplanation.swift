import RuleEngine

/// The words that describe a check, the same in `rules explain`, SARIF help and the HTML report.
public enum RuleExplanation {
    public static func text(for check: Check) -> String {
        var out = TextLines()
        out.add("\(check.id): \(check.title)")
        out.add("severity \(check.severity.rawValue), category \(check.category.rawValue), effort \(check.effort)"
            + (check.tags.isEmpty ? "" : ", tags \(check.tags.joined(separator: ", "))"))
        out.add("")
        out.add("Fires on: \(check.when)")
        out.add("Message: \(check.message.source)")
        out.add("Remediation: \(check.remediation.source)")
        for link in check.links { out.add("See: \(link)") }
        out.add("Defined in \(check.file):\(check.line)")
        return out.text
    }
}
