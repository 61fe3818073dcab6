import Foundation

/// A `message` or `remediation` template: literal text with `{expr}` placeholders, each an XPath 1.0
/// expression whose string value, taken with the selected node as context, replaces it. `{{` and `}}`
/// write literal braces.
public struct Template: Sendable, Hashable {
    /// A reason the template text cannot be used, e.g. `'{' at column 7 is never closed`.
    public struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, with the 1-based column in the template text.
        public var message: String

        /// Creates an error with `message`.
        public init(message: String) {
            self.message = message
        }

        /// The message.
        public var description: String { message }
    }

    /// One run of literal text or one placeholder.
    enum Part: Sendable, Hashable {
        case text(String)
        case expression(String)
    }

    /// The template as written.
    public let source: String
    let parts: [Part]

    /// Parses `source` and compiles each placeholder's expression.
    public init(parsing source: String) throws(SyntaxError) {
        self.source = source
        let characters = Array(source)
        var parts: [Part] = []
        var text = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let doubled = index + 1 < characters.count && characters[index + 1] == character
            switch character {
            case "{" where doubled, "}" where doubled:
                text.append(character)
                index += 2
            case "{":
                let end = try Self.placeholderEnd(in: characters, from: index)
                let expression = try Self.expression(String(characters[(index + 1)..<end]), column: index + 1)
                if !text.isEmpty {
                    parts.append(.text(text))
                    text = ""
                }
                parts.append(.expression(expression))
                index = end + 1
            case "}":
                throw SyntaxError(message: "'}' at column \(index + 1) must be written '}}'")
            default:
                text.append(character)
                index += 1
            }
        }
        if !text.isEmpty {
            parts.append(.text(text))
        }
        self.parts = parts
    }

    /// The index of the `}` closing the placeholder that opens at `start`, skipping quoted XPath strings.
    private static func placeholderEnd(in characters: [Character], from start: Int) throws(SyntaxError) -> Int {
        var quote: Character?
        for index in (start + 1)..<characters.count {
            let character = characters[index]
            if let open = quote {
                quote = character == open ? nil : open
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "}" {
                return index
            }
        }
        throw SyntaxError(message: "'{' at column \(start + 1) is never closed")
    }

    /// The trimmed expression of a placeholder at `column`, checked to compile.
    private static func expression(_ text: String, column: Int) throws(SyntaxError) -> String {
        let expression = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !expression.isEmpty else {
            throw SyntaxError(message: "empty expression at column \(column)")
        }
        do {
            try XPathCompiler.check(expression)
        } catch {
            throw SyntaxError(message: "expression '\(expression)' at column \(column) does not compile as XPath 1.0: \(error.message)")
        }
        return expression
    }
}
