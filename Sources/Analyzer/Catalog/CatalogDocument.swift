import Foundation
import Yams

/// One catalog YAML file: parsed, checked that every fact has a `source:`, and decoded with errors
/// that name the file and line.
///
/// A file is a mapping whose values are facts: each value is either one fact (a mapping) or a list
/// of facts (mappings). Nested mappings and lists belong to their fact and share its source.
struct CatalogDocument {
    /// The file's path, as errors name it.
    let file: String
    let root: Node

    /// Keys whose value names a fact in errors, in order of preference.
    private static let labelKeys = ["id", "name", "repository", "host", "capability", "build"]

    init(url: URL) throws {
        file = url.path
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CatalogError.unreadable(file: file, reason: "no such file")
        }
        guard let data = FileManager.default.contents(atPath: url.path),
              let text = String(data: data, encoding: .utf8) else {
            throw CatalogError.unreadable(file: file, reason: "not readable as UTF-8 text")
        }
        do {
            root = Self.plainKeys(try Yams.compose(yaml: text) ?? Node.mapping(Node.Mapping([])))
        } catch let error as YamlError {
            throw Self.invalidYAML(error, file: file)
        }
        try checkFacts()
    }

    /// Decodes the whole file as `T`.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try YAMLDecoder().decode(type, from: root)
        } catch let error as DecodingError {
            throw invalidValue(error)
        }
    }

    private func checkFacts() throws {
        guard case let .mapping(top) = root else {
            throw CatalogError.invalidValue(file: file, line: root.mark?.line ?? 0,
                                            message: "expected a mapping of facts at the top level")
        }
        for (key, value) in top {
            let name = key.string ?? "?"
            switch value {
            case let .sequence(facts):
                for (index, fact) in facts.enumerated() {
                    try checkFact(fact, label: "\(name)[\(index)]")
                }
            case .mapping:
                try checkFact(value, label: name)
            default:
                throw CatalogError.invalidValue(file: file, line: value.mark?.line ?? 0,
                                                message: "`\(name)` must be a fact (a mapping) or a list of facts")
            }
        }
    }

    private func checkFact(_ fact: Node, label: String) throws {
        let line = fact.mark?.line ?? 0
        guard case .mapping = fact else {
            throw CatalogError.invalidValue(file: file, line: line, message: "a fact must be a mapping (\(label))")
        }
        let source = fact["source"]?.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard source.isEmpty else { return }
        let name = Self.labelKeys.lazy.compactMap { fact[$0]?.scalar?.string }.first ?? label
        throw CatalogError.missingSource(file: file, line: line, fact: name)
    }

    private func invalidValue(_ error: DecodingError) -> CatalogError {
        let (path, message): ([any CodingKey], String)
        switch error {
        case let .keyNotFound(key, context):
            (path, message) = (context.codingPath, "missing `\(key.stringValue)`")
        case let .typeMismatch(type, context):
            (path, message) = (context.codingPath, "expected \(Self.typeName(type))")
        case let .valueNotFound(type, context):
            (path, message) = (context.codingPath, "expected \(Self.typeName(type))")
        case let .dataCorrupted(context):
            (path, message) = (context.codingPath, context.debugDescription)
        @unknown default:
            (path, message) = ([], "\(error)")
        }
        let at = path.isEmpty ? "" : " at `\(Self.describe(path))`"
        return CatalogError.invalidValue(file: file, line: node(at: path).mark?.line ?? 0, message: message + at)
    }

    /// The deepest node along `path`.
    private func node(at path: [any CodingKey]) -> Node {
        var node = root
        for key in path {
            let next: Node? = if case .sequence = node, let index = key.intValue { node[index] } else { node[key.stringValue] }
            guard let next else { break }
            node = next
        }
        return node
    }

    /// `node` with every mapping key re-tagged as a plain scalar. `YAMLDecoder` looks keys up as plain
    /// scalars, so a quoted key such as `"2004":` (a string, where plain 2004 is an integer) would
    /// otherwise not be found.
    private static func plainKeys(_ node: Node) -> Node {
        switch node {
        case let .mapping(mapping):
            let pairs = mapping.map { key, value in
                let plain = key.scalar.map { Node.scalar(Node.Scalar($0.string, .implicit, .plain, $0.mark)) } ?? key
                return (plain, plainKeys(value))
            }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case let .sequence(sequence):
            return .sequence(Node.Sequence(sequence.map(plainKeys), sequence.tag, sequence.style, sequence.mark))
        default:
            return node
        }
    }

    private static func describe(_ path: [any CodingKey]) -> String {
        path.reduce("") { text, key in
            // Yams names list positions "Index N"; dictionary keys such as "2004" stay names.
            if let index = key.intValue, Int(key.stringValue) == nil {
                return text + "[\(index)]"
            }
            return text.isEmpty ? key.stringValue : text + "." + key.stringValue
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        let name = String(describing: type)
        return switch type {
        case is Int.Type: "an integer"
        case is Bool.Type: "true or false"
        case is String.Type: "a string"
        case _ where name.contains("Sequence") || name.hasPrefix("Array"): "a list"
        case _ where name.contains("Mapping") || name.hasPrefix("Dictionary"): "a mapping"
        default: "a value of type \(name)"
        }
    }

    private static func invalidYAML(_ error: YamlError, file: String) -> CatalogError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            .invalidYAML(file: file, line: mark.line, message: problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            .invalidYAML(file: file, line: context.mark.line,
                         message: "duplicate keys " + duplicates.sorted().joined(separator: ", "))
        default:
            .invalidYAML(file: file, line: 0, message: "\(error)")
        }
    }
}
