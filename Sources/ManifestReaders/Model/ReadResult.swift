/// What a reader returns: the value it could read (possibly partial) and the problems it met.
public struct ReadResult<Value: Sendable>: Sendable {
    /// The facts read; partial when `diagnostics` contains errors.
    public var value: Value
    /// Problems found while reading, in file order.
    public var diagnostics: [Diagnostic]

    public init(value: Value, diagnostics: [Diagnostic] = []) {
        self.value = value
        self.diagnostics = diagnostics
    }
}
