/// A check's own proof: inputs on which it must fire and inputs on which it must not.
public struct CheckExamples: Sendable, Hashable {
    /// Each must produce at least one finding (or exactly `count`).
    public var fires: [CheckExample]
    /// Each must produce no finding.
    public var passes: [CheckExample]

    /// Creates the examples of a check.
    public init(fires: [CheckExample], passes: [CheckExample]) {
        self.fires = fires
        self.passes = passes
    }
}

/// One example input of a check.
public struct CheckExample: Sendable, Hashable {
    /// Where the assessment document of the example comes from.
    public enum Input: Sendable, Hashable {
        /// An assessment XML snippet, evaluated as it is.
        case xml(String)
        /// The name of a shipped example capture, analysed with default options.
        case capture(String)
    }

    /// The document the example is evaluated on.
    public var input: Input
    /// For `fires` examples: the exact number of findings expected; nil means at least one.
    public var count: Int?
    /// The line of the example in its rule file.
    public var line: Int

    /// Creates an example.
    public init(input: Input, count: Int? = nil, line: Int) {
        self.input = input
        self.count = count
        self.line = line
    }
}
