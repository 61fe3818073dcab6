/// A problem in a rule file, a waivers file, a baseline or a `--disable` list, reported as
/// `file:line: message` (`file: message` when it is about the whole file).
public struct RuleLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as it was named to the loader (a directory path joined with the file's relative path).
    public var file: String
    /// 1-based line; 0 when the problem is about the whole file.
    public var line: Int
    /// What is wrong, without the location.
    public var message: String

    /// Creates an error at `file:line`.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, or `file: message` for line 0.
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

extension [RuleLoadError] {
    /// The errors of one file sorted by line, keeping the order of errors on the same line.
    func inLineOrder() -> [RuleLoadError] {
        enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
