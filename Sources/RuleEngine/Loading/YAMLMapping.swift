import Yams

/// One YAML mapping of a rule or waivers file, read field by field. Every problem is appended to the
/// `errors` the caller passes, so that a file reports all of its problems at once.
struct YAMLMapping {
    /// The file the mapping is in, as errors name it.
    let file: String
    /// The line the mapping starts on.
    let line: Int
    private let fields: [String: Node]

    /// Reads `node` as a mapping whose keys are all among `known`: an unknown key is an error, the
    /// other keys are still read. When `node` is not a mapping, records `notMapping` and returns nil.
    init?(_ node: Node, file: String, known: [String], notMapping: String, errors: inout [RuleLoadError]) {
        self.file = file
        line = node.mark?.line ?? 0
        guard let mapping = node.mapping else {
            errors.append(RuleLoadError(file: file, line: line, message: notMapping))
            return nil
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            guard known.contains(name) else {
                errors.append(RuleLoadError(file: file, line: key.mark?.line ?? line, message: "unknown field '\(name)'"))
                continue
            }
            fields[name] = value
        }
        self.fields = fields
    }

    /// The line of `key`'s value, or of the mapping when the key is absent.
    func line(of key: String) -> Int { fields[key]?.mark?.line ?? line }

    /// A load error at `key`'s line.
    func error(_ key: String, _ message: String) -> RuleLoadError {
        RuleLoadError(file: file, line: line(of: key), message: message)
    }

    /// The value of `key`; when it is absent and `required`, records `missing required field`.
    func node(_ key: String, required: Bool, errors: inout [RuleLoadError]) -> Node? {
        if fields[key] == nil, required {
            errors.append(RuleLoadError(file: file, line: line, message: "missing required field '\(key)'"))
        }
        return fields[key]
    }

    /// The text of a scalar field, which must not be empty or null.
    func string(_ key: String, required: Bool = true, errors: inout [RuleLoadError]) -> String? {
        guard let value = node(key, required: required, errors: &errors) else { return nil }
        guard let scalar = value.scalar else {
            errors.append(error(key, "'\(key)' must be a string; found \(Self.describe(value))"))
            return nil
        }
        guard value.null == nil, !scalar.string.allSatisfy(\.isWhitespace) else {
            errors.append(error(key, "'\(key)' must not be empty"))
            return nil
        }
        return scalar.string
    }

    /// A scalar field whose text must be one of `choices`.
    func choice(_ key: String, from choices: [String], errors: inout [RuleLoadError]) -> String? {
        guard let text = string(key, errors: &errors) else { return nil }
        guard choices.contains(text) else {
            let list = choices.joined(separator: ", ")
            errors.append(error(key, "'\(key)' must be one of \(list); found '\(text)'"))
            return nil
        }
        return text
    }

    /// A decimal integer field within `range`; `expected` words the range for the error message
    /// (`an integer from 0 to 13`).
    func integer(_ key: String, in range: ClosedRange<Int>, expected: String, required: Bool,
                 errors: inout [RuleLoadError]) -> Int? {
        guard let value = node(key, required: required, errors: &errors) else { return nil }
        guard let text = value.scalar?.string, let number = Int(text), range.contains(number) else {
            errors.append(error(key, "'\(key)' must be \(expected); found \(Self.describe(value))"))
            return nil
        }
        return number
    }

    /// An optional list of non-empty scalars; empty when the field is absent.
    func strings(_ key: String, errors: inout [RuleLoadError]) -> [String] {
        guard let value = fields[key] else { return [] }
        let items = value.sequence.map { $0.compactMap { $0.null == nil ? $0.scalar?.string : nil } }
        guard let items, items.count == value.sequence?.count, !items.contains(where: \.isEmpty) else {
            errors.append(error(key, "'\(key)' must be a list of strings"))
            return []
        }
        return items
    }

    /// The items of the required list field `key`.
    func sequence(_ key: String, errors: inout [RuleLoadError]) -> [Node]? {
        guard let value = node(key, required: true, errors: &errors) else { return nil }
        guard let sequence = value.sequence else {
            errors.append(error(key, "'\(key)' must be a list"))
            return nil
        }
        return Array(sequence)
    }

    /// How a value that has the wrong type shows in a message: `'text'`, `a list` or `a mapping`.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "'\(scalar.string)'"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }
}
