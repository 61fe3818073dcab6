import Foundation
import Yams

/// Reads and validates one check of a rule file (the fields of `docs/checks.md`).
enum CheckReader {
    static let fields = ["id", "title", "severity", "category", "effort", "tags", "when", "message",
                         "remediation", "links", "examples"]

    /// The check in `node`, or nil when anything about it is wrong; every problem is added to `errors`.
    static func check(_ node: Node, file: String, errors: inout [RuleLoadError]) -> Check? {
        let before = errors.count
        guard let fields = YAMLMapping(node, file: file, known: Self.fields, notMapping: "a check must be a mapping",
                                       errors: &errors) else { return nil }
        let id = fields.string("id", errors: &errors)
        if let id, !CheckID.isValid(id) {
            errors.append(fields.error("id", CheckID.invalid(id)))
        }
        let title = fields.string("title", errors: &errors)
        if let title, title.contains(where: \.isNewline) {
            errors.append(fields.error("title", "'title' must be one line"))
        }
        let severity = fields.choice("severity", from: Severity.allCases.map(\.rawValue), errors: &errors)
            .flatMap(Severity.init(rawValue:))
        let category = fields.choice("category", from: CheckCategory.allCases.map(\.rawValue), errors: &errors)
            .flatMap(CheckCategory.init(rawValue:))
        let effort = fields.integer("effort", in: 0...13, expected: "an integer from 0 to 13", required: true,
                                    errors: &errors)
        let tags = fields.strings("tags", errors: &errors)
        let when = fields.string("when", errors: &errors)
        if let when {
            do {
                try XPathCompiler.check(when)
                // libxml2 frees the namespace nodes it selects together with its result.
                if when.filter({ !$0.isWhitespace }).contains("namespace::") {
                    errors.append(fields.error("when", "'when' must not select namespace nodes (namespace::)"))
                }
            } catch {
                errors.append(fields.error("when", "'when' does not compile as XPath 1.0: \(error.message)"))
            }
        }
        let message = template("message", in: fields, errors: &errors)
        let remediation = template("remediation", in: fields, errors: &errors)
        let links = fields.strings("links", errors: &errors)
        for link in links where !isHTTPS(link) {
            errors.append(fields.error("links", "link '\(link)' is not an https:// URL"))
        }
        let examples = CheckExamplesReader.examples(of: fields, errors: &errors)
        guard errors.count == before, let id, let title, let severity, let category, let effort, let when,
              let message, let remediation, let examples else { return nil }
        return Check(id: id, title: title, severity: severity, category: category, effort: effort, tags: tags,
                     when: when, message: message, remediation: remediation, links: links, examples: examples,
                     file: file, line: fields.line)
    }

    private static func template(_ key: String, in fields: YAMLMapping, errors: inout [RuleLoadError]) -> Template? {
        guard let text = fields.string(key, errors: &errors) else { return nil }
        do {
            return try Template(parsing: text)
        } catch {
            errors.append(fields.error(key, "'\(key)' template: \(error.message)"))
            return nil
        }
    }

    private static func isHTTPS(_ link: String) -> Bool {
        guard let url = URL(string: link), url.scheme == "https", let host = url.host else { return false }
        return !host.isEmpty
    }
}
