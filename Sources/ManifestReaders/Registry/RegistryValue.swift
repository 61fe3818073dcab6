/// One value line of a registry export (with its continuation lines).
public struct RegistryValue: Sendable, Hashable {
    /// The value name, unescaped; "" for the default value `@`.
    public var name: String
    /// The data, or `.deletion` for `"name"=-`.
    public var data: RegistryData
    /// The 1-based line the value starts on.
    public var line: Int

    public init(name: String, data: RegistryData, line: Int) {
        self.name = name
        self.data = data
        self.line = line
    }
}
