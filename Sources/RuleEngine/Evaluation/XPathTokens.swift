/// A lexical look at the part of an XPath expression after `/assessment/workloads/workload`, enough
/// for `WorkloadLocalQuery` to decide whether the expression stays inside one workload. It reads
/// Unicode scalars, as XPath does (not `Character`s, which can join a quote with a combining
/// mark), skips string literals and evaluates nothing.
struct XPathTokens {
    /// A predicate written directly on the workload step.
    struct Predicate {
        /// The scalars between `[` and `]`, without surrounding white space.
        let text: ArraySlice<Unicode.Scalar>

        init(_ text: ArraySlice<Unicode.Scalar>) {
            let start = text.firstIndex { !XPathTokens.isSpace($0) } ?? text.endIndex
            let end = text.lastIndex { !XPathTokens.isSpace($0) }.map { $0 + 1 } ?? start
            self.text = text[start..<max(start, end)]
        }

        /// A comparison (`=`, `!=`, `<`, `<=`, `>`, `>=`) or `and`/`or` outside parentheses and
        /// brackets: the predicate is a boolean.
        var hasTopLevelComparison: Bool {
            var found = false
            XPathTokens.scan(text) { scalar, _, depth, word in
                if depth == 0, scalar == "=" || scalar == "<" || scalar == ">" || word == "and" || word == "or" {
                    found = true
                }
            }
            return found
        }

        /// The function called, when the whole predicate is one call `name(…)`.
        var leadingFunction: String? {
            guard let open = text.firstIndex(of: "("), text.last == ")" else { return nil }
            let name = text[..<open].filter { !XPathTokens.isSpace($0) }
            guard let first = name.first, XPathTokens.startsName(first), name.allSatisfy(XPathTokens.isNameScalar)
            else { return nil }
            var closedAt: Int?
            XPathTokens.scan(text) { scalar, index, depth, _ in
                if scalar == ")", depth == 0, closedAt == nil { closedAt = index }
            }
            return closedAt == text.endIndex - 1 ? String(String.UnicodeScalarView(name)) : nil
        }

        /// A relative or absolute location path such as `requirements/port[@number = '80']` or
        /// `@kind` (`XPathTokens.isPath`).
        var isLocationPath: Bool { XPathTokens.isPath(text, relative: true) }
    }

    /// The functions the text calls (names followed by `(`, node tests such as `text()` included).
    private(set) var functions: Set<String> = []
    /// The axes the text names (names followed by `::`).
    private(set) var axes: Set<String> = []
    private(set) var hasUnion = false
    private(set) var hasParentStep = false
    private(set) var hasVariable = false
    /// A scalar outside string literals that is not ASCII: names are then read differently here
    /// and by libxml2, so nothing is concluded from them.
    private(set) var hasNonASCII = false
    /// Brackets and parentheses balance and every literal is closed.
    private(set) var isWellFormed = true
    /// The text is the rest of one location path: predicates, then steps (`isPath`).
    private(set) var isPath = false
    /// The predicates at the start of the text.
    private(set) var leadingPredicates: [Predicate] = []

    init(_ text: Substring) {
        let scalars = Array(text.unicodeScalars)
        var previous: Unicode.Scalar = " "
        var predicateStart: Int?
        var leading = true
        let balanced = Self.scan(scalars[...]) { scalar, index, depth, word in
            if let word {
                let after = scalars[(index + word.unicodeScalars.count)...].drop { Self.isSpace($0) }
                if after.first == "(" { functions.insert(word) }
                if after.starts(with: [":", ":"]) { axes.insert(word) }
            }
            if !scalar.isASCII { hasNonASCII = true }
            if scalar == "|" { hasUnion = true }
            if scalar == "$" { hasVariable = true }
            if scalar == ".", previous == "." { hasParentStep = true }
            if leading, depth == 0, scalar == "[" { predicateStart = index + 1 }
            if leading, depth == 0, scalar == "]", let start = predicateStart {
                leadingPredicates.append(Predicate(scalars[start..<index]))
                predicateStart = nil
            }
            if leading, depth == 0, predicateStart == nil, scalar != "[", scalar != "]", !Self.isSpace(scalar) {
                leading = false
            }
            previous = scalar
        }
        isWellFormed = balanced
        isPath = Self.isPath(scalars[...], relative: false)
    }

    /// Whether `text` is a location path: steps (`name`, `prefix:name`, `*`, `@name`, `@*`,
    /// `axis::test`, `.`) joined by `/` or `//`, each step but `.` with any predicates `[…]`; with
    /// `relative` false the text is the rest of a path after a step (it starts with predicates, `/`
    /// or is empty), with `relative` true a path of its own (it may start with `/`). Nothing else,
    /// not even a space, may stand outside the predicates: after `]`, `*` or a name libxml2 reads
    /// `div`, `mod`, `and`, `or`, `-` or `*` as an operator, which would make the text a number or
    /// a boolean (`…/@port[1]-1`).
    static func isPath(_ text: ArraySlice<Unicode.Scalar>, relative: Bool) -> Bool {
        var skeleton: [Unicode.Scalar] = []
        scan(text) { scalar, _, depth, _ in
            if depth == 0 { skeleton.append(scalar) }
        }
        var position = 0
        func next() -> Unicode.Scalar? { position < skeleton.count ? skeleton[position] : nil }
        func predicates() {
            while next() == "[", position + 1 < skeleton.count, skeleton[position + 1] == "]" { position += 2 }
        }
        func name() -> Bool {
            guard let first = next(), startsName(first) else { return false }
            while let scalar = next(), isNameScalar(scalar) { position += 1 }
            return true
        }
        func nodeTest() -> Bool {
            if next() == "*" {
                position += 1
                return true
            }
            guard name() else { return false }
            if next() == ":", position + 1 < skeleton.count, skeleton[position + 1] != ":" {
                position += 1
                if next() == "*" {
                    position += 1
                    return true
                }
                return name()
            }
            return true
        }
        func step() -> Bool {
            if next() == "." {
                position += 1
                return next() == nil || next() == "/"
            }
            if next() == "@" {
                position += 1
            } else {
                let start = position
                if name(), next() == ":", position + 1 < skeleton.count, skeleton[position + 1] == ":" {
                    position += 2
                } else {
                    position = start
                }
            }
            guard nodeTest() else { return false }
            predicates()
            return true
        }
        if relative {
            if next() == "/" { position += 1 }
            if next() == "/" { position += 1 }
            guard step() else { return false }
        } else {
            predicates()
        }
        while next() == "/" {
            position += 1
            if next() == "/" { position += 1 }
            guard step() else { return false }
        }
        return position == skeleton.count
    }

    /// Calls `body` for each scalar outside string literals with its index, the bracket and
    /// parenthesis depth around it (an opening or closing one gets the outer depth) and, on the
    /// first scalar of a name, the whole name. Returns false when the brackets do not balance or a
    /// literal is not closed.
    @discardableResult
    static func scan(_ text: ArraySlice<Unicode.Scalar>, _ body: (Unicode.Scalar, Int, Int, String?) -> Void) -> Bool {
        var depth = 0
        var quote: Unicode.Scalar?
        var nameEnd = text.startIndex
        for index in text.indices {
            let scalar = text[index]
            if let open = quote {
                if scalar == open { quote = nil }
                continue
            }
            var word: String?
            if index >= nameEnd, startsName(scalar) {
                nameEnd = text[index...].firstIndex { !isNameScalar($0) } ?? text.endIndex
                word = String(String.UnicodeScalarView(text[index..<nameEnd]))
            }
            switch scalar {
            case "'", "\"":
                quote = scalar
            case "[", "(":
                body(scalar, index, depth, word)
                depth += 1
                continue
            case "]", ")":
                depth -= 1
                if depth < 0 { return false }
            default:
                break
            }
            body(scalar, index, depth, word)
        }
        return depth == 0 && quote == nil
    }

    /// An ASCII letter or `_`: what an XPath name starts with here.
    static func startsName(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    /// An ASCII scalar of an XPath name: letters, digits, `_`, `-` and `.`.
    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        startsName(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "."
    }

    /// XPath white space: space, tab, line feed, carriage return.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
