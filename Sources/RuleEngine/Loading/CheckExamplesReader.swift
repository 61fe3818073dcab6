import Yams

/// Reads and validates the `examples` of a check.
enum CheckExamplesReader {
    /// The `examples` field of `check`, or nil when it is missing or wrong (recorded in `errors`).
    static func examples(of check: YAMLMapping, errors: inout [RuleLoadError]) -> CheckExamples? {
        guard let node = check.node("examples", required: true, errors: &errors),
              let fields = YAMLMapping(node, file: check.file, known: ["fires", "passes"],
                                       notMapping: "'examples' must be a mapping with 'fires' and 'passes' lists",
                                       errors: &errors) else { return nil }
        let fires = list("fires", of: fields, errors: &errors)
        let passes = list("passes", of: fields, errors: &errors)
        guard let fires, let passes else { return nil }
        return CheckExamples(fires: fires, passes: passes)
    }

    /// The non-empty list `key` (`fires` or `passes`).
    private static func list(_ key: String, of fields: YAMLMapping, errors: inout [RuleLoadError]) -> [CheckExample]? {
        guard let node = fields.node(key, required: false, errors: &errors), node.null == nil else {
            errors.append(RuleLoadError(file: fields.file, line: fields.line,
                                        message: "'examples' needs at least one '\(key)' example"))
            return nil
        }
        guard let items = node.sequence.map(Array.init) else {
            errors.append(fields.error(key, "'\(key)' must be a list of examples"))
            return nil
        }
        guard !items.isEmpty else {
            errors.append(fields.error(key, "'examples' needs at least one '\(key)' example"))
            return nil
        }
        let examples = items.map { example($0, in: key, file: fields.file, errors: &errors) }
        return examples.contains(nil) ? nil : examples.compactMap { $0 }
    }

    private static func example(_ node: Node, in list: String, file: String,
                                errors: inout [RuleLoadError]) -> CheckExample? {
        let before = errors.count
        guard let fields = YAMLMapping(node, file: file, known: ["xml", "capture", "count"],
                                       notMapping: "an example must be a mapping with 'xml' or 'capture'",
                                       errors: &errors) else { return nil }
        let xml = fields.string("xml", required: false, errors: &errors)
        let capture = fields.string("capture", required: false, errors: &errors)
        let count = fields.integer("count", in: 1...Int.max, expected: "a positive integer", required: false,
                                   errors: &errors)
        if count != nil, list != "fires" {
            errors.append(fields.error("count", "'count' is only allowed in 'fires' examples"))
        }
        let input: CheckExample.Input?
        switch (xml, capture) {
        case let (xml?, nil): input = .xml(xml)
        case let (nil, capture?): input = .capture(capture)
        case (.some, .some):
            input = nil
            errors.append(RuleLoadError(file: file, line: fields.line, message: "an example has 'xml' or 'capture', not both"))
        case (nil, nil):
            input = nil
            if errors.count == before {
                errors.append(RuleLoadError(file: file, line: fields.line, message: "an example needs 'xml' or 'capture'"))
            }
        }
        guard errors.count == before, let input else { return nil }
        return CheckExample(input: input, count: count, line: fields.line)
    }
}
