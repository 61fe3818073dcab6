import Foundation

/// A lexical look at the part of an XPath expression after `/assessment/workloads/workload`, enough
/// for `WorkloadLocalQuery` to decide whether the expression stays inside one workload. String
/// literals are skipped; nothing is evaluated.
struct XPathTokens {
    /// A predicate written directly on the workload step.
    struct Predicate {
        /// The text between `[` and `]`, trimmed.
        let text: Substring

        init(_ text: Substring) {
            self.text = text.trimmingCharacters(in: .whitespacesAndNewlines)[...]
        }

        /// A comparison (`=`, `!=`, `<`, `<=`, `>`, `>=`) or `and`/`or` outside parentheses and
        /// brackets: the predicate is a boolean.
        var hasTopLevelComparison: Bool {
            var found = false
            XPathTokens.scan(text) { character, _, depth, word in
                if depth == 0, character == "=" || character == "<" || character == ">" || word == "and" || word == "or" {
                    found = true
                }
            }
            return found
        }

        /// The function called, when the whole predicate is one call `name(…)`.
        var leadingFunction: String? {
            guard let open = text.firstIndex(of: "("), text.last == ")" else { return nil }
            let name = text[..<open].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, name.allSatisfy(XPathTokens.isNameCharacter) else { return nil }
            var closedAt: String.Index?
            XPathTokens.scan(text) { character, index, depth, _ in
                if character == ")", depth == 0, closedAt == nil { closedAt = index }
            }
            return closedAt == text.index(before: text.endIndex) ? String(name) : nil
        }

        /// A relative or absolute location path such as `requirements/port[@number = '80']` or
        /// `@kind` (see `XPathTokens.isPath`).
        var isLocationPath: Bool {
            guard let first = text.first, first.isLetter || "_@*/".contains(first) else { return false }
            return XPathTokens.isPath(text)
        }
    }

    /// The functions the text calls (names followed by `(`, node tests such as `text()` included).
    private(set) var functions: Set<String> = []
    /// The axes the text names (names followed by `::`).
    private(set) var axes: Set<String> = []
    private(set) var hasUnion = false
    private(set) var hasParentStep = false
    private(set) var hasVariable = false
    /// Brackets and parentheses balance and every literal is closed.
    private(set) var isWellFormed = true
    /// The text is (the rest of) one location path (`isPath`).
    private(set) var isPath = false
    /// The predicates at the start of the text.
    private(set) var leadingPredicates: [Predicate] = []

    init(_ text: Substring) {
        var previous: Character = " "
        var predicateStart: String.Index?
        var leading = true
        let balanced = Self.scan(text) { character, index, depth, word in
            if let word {
                let after = text[index...].dropFirst(word.count).drop { $0.isWhitespace }
                if after.hasPrefix("(") { functions.insert(word) }
                if after.hasPrefix("::") { axes.insert(word) }
            }
            if character == "|" { hasUnion = true }
            if character == "$" { hasVariable = true }
            if character == ".", previous == "." { hasParentStep = true }
            if leading, depth == 0, character == "[" { predicateStart = text.index(after: index) }
            if leading, depth == 0, character == "]", let start = predicateStart {
                leadingPredicates.append(Predicate(text[start..<index]))
                predicateStart = nil
            }
            if leading, depth == 0, predicateStart == nil, character != "[", character != "]", !character.isWhitespace {
                leading = false
            }
            previous = character
        }
        isWellFormed = balanced
        isPath = Self.isPath(text)
    }

    /// Names, `/`, `@`, `:`, name-test `*` and predicates only: no space, parenthesis or operator
    /// outside the predicates, so the text is (the rest of) one location path, not an expression
    /// with a path in it (`…/@port = 80` is a boolean, `…/x | …` a union).
    static func isPath(_ text: Substring) -> Bool {
        var path = true
        var previous: Character = "/"
        scan(text) { character, _, depth, _ in
            defer { previous = character }
            guard depth == 0, character != "[", character != "]" else { return }
            switch character {
            case "/", "@", ":": break
            case "*": if !"/@:".contains(previous) { path = false }
            default: if !isNameCharacter(character) { path = false }
            }
        }
        return path
    }

    /// Calls `body` for each character outside string literals with its index, the bracket and
    /// parenthesis depth around it (an opening or closing character gets the outer depth) and, on
    /// the first character of a name, the whole name. Returns false when the brackets do not
    /// balance or a literal is not closed.
    @discardableResult
    static func scan(_ text: Substring, _ body: (Character, String.Index, Int, String?) -> Void) -> Bool {
        var depth = 0
        var quote: Character?
        var nameEnd = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            defer { index = text.index(after: index) }
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            var word: String?
            if index >= nameEnd, character.isLetter || character == "_" {
                nameEnd = text[index...].firstIndex { !isNameCharacter($0) } ?? text.endIndex
                word = String(text[index..<nameEnd])
            }
            switch character {
            case "'", "\"":
                quote = character
            case "[", "(":
                body(character, index, depth, word)
                depth += 1
                continue
            case "]", ")":
                depth -= 1
                if depth < 0 { return false }
            default:
                break
            }
            body(character, index, depth, word)
        }
        return depth == 0 && quote == nil
    }

    /// A character of an XPath name (NCName): letters, digits, `_`, `-` and `.`.
    static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-" || character == "."
    }
}
