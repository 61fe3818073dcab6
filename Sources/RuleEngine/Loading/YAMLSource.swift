import Foundation
import Yams

/// Reads rule and waiver files into Yams' node tree, which keeps the line of every node.
enum YAMLSource {
    /// The text of the file at `path`, which must be UTF-8.
    static func text(ofFile path: String) throws(RuleLoadError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw RuleLoadError(file: path, line: 0, message: "cannot read the file: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleLoadError(file: path, line: 0, message: "the file is not UTF-8 text")
        }
        return text
    }

    /// The items of the one list a rule or waivers file holds, `key: [...]` at the top level; problems
    /// with the file as a whole are added to `errors`.
    static func items(of key: String, in text: String, file: String, errors: inout [RuleLoadError]) -> [Node] {
        let node: Node?
        do {
            node = try root(of: text, file: file)
        } catch {
            errors.append(error)
            return []
        }
        let notMapping = "expected a mapping with a '\(key)' list"
        guard let node else {
            errors.append(RuleLoadError(file: file, line: 0, message: notMapping))
            return []
        }
        guard let mapping = YAMLMapping(node, file: file, known: [key], notMapping: notMapping, errors: &errors) else {
            return []
        }
        return mapping.sequence(key, errors: &errors) ?? []
    }

    /// The root node of `text` (nil for an empty document), named `file` in errors.
    private static func root(of text: String, file: String) throws(RuleLoadError) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw loadError(error, file: file, text: text)
        } catch {
            throw RuleLoadError(file: file, line: 0, message: "invalid YAML: \(error)")
        }
    }

    private static func loadError(_ error: YamlError, file: String, text: String) -> RuleLoadError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let sentence = context.map { "\($0.text), \(problem)" } ?? problem
            return RuleLoadError(file: file, line: mark.line, message: "invalid YAML: \(sentence)")
        case let .reader(problem, offset, _, _):
            let line = offset.map { text.prefix($0).reduce(1) { $1 == "\n" ? $0 + 1 : $0 } } ?? 0
            return RuleLoadError(file: file, line: line, message: "invalid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let noun = duplicates.count == 1 ? "key" : "keys"
            return RuleLoadError(file: file, line: context.mark.line, message: "duplicate \(noun) \(keys)")
        default:
            return RuleLoadError(file: file, line: 0, message: "invalid YAML: \(error)")
        }
    }
}
