/// A check example that did not behave: a `fires` example without the expected findings, a `passes`
/// example with findings, or an example that could not be evaluated.
public struct ExampleFailure: Sendable, Hashable, CustomStringConvertible {
    /// Which list of `examples` the example is in.
    public enum List: String, Sendable, Hashable {
        case fires
        case passes
    }

    /// The check whose example failed.
    public var checkID: String
    /// `fires` or `passes`.
    public var list: List
    /// 0-based position in the list.
    public var index: Int
    /// What the example promised: `at least 1 finding`, `exactly 2 findings`, `no findings`.
    public var expected: String
    /// What happened: `0 findings`, `3 findings`, or why nothing could be evaluated.
    public var actual: String
    /// The rule file of the check.
    public var file: String
    /// The line of the example.
    public var line: Int

    /// Creates a failure.
    public init(checkID: String, list: List, index: Int, expected: String, actual: String, file: String, line: Int) {
        self.checkID = checkID
        self.list = list
        self.index = index
        self.expected = expected
        self.actual = actual
        self.file = file
        self.line = line
    }

    /// `file:line: ID fires[0]: expected at least 1 finding, got 0 findings`.
    public var description: String {
        "\(file):\(line): \(checkID) \(list.rawValue)[\(index)]: expected \(expected), got \(actual)"
    }
}
