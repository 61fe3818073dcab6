/// Where a fact came from: a file inside the capture (path relative to the capture root,
/// `/`-separated) and a 1-based line number (0 when the fact is about the whole file).
public struct SourceLocation: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Path of the file relative to the capture root, with `/` separators.
    public var file: String
    /// 1-based line number; 0 means "the file as a whole".
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `file:line`, or just `file` when the line is unknown.
    public var description: String { line > 0 ? "\(file):\(line)" : file }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line) < (rhs.file, rhs.line)
    }
}
