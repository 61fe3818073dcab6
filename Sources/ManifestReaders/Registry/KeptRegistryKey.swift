/// What `RegistryFactsCollector` keeps of one registry key: its name as first written, where it was
/// first seen, and only the values it needs, merged over every section that names the key.
struct KeptRegistryKey: Sendable {
    /// The last part of the path as written, e.g. `W3SVC`.
    var name: String
    /// The lower-cased path parts below `HKEY_LOCAL_MACHINE` (see `RegistryFactKey.lowercasedParts(of:)`).
    var parts: [String]
    var source: SourceLocation
    /// The kept values by lower-cased name; a later value replaces an earlier one, `"name"=-` removes it.
    private var values: [String: RegistryData] = [:]

    init(name: String, parts: [String], source: SourceLocation) {
        self.name = name
        self.parts = parts
        self.source = source
    }

    /// Applies the values of one section of the key, keeping those named in `wanted`.
    mutating func apply(_ sectionValues: [RegistryValue], wanted: Set<String>) {
        for value in sectionValues {
            let name = value.name.lowercased()
            guard wanted.contains(name) else { continue }
            values[name] = value.data == .deletion ? nil : value.data
        }
    }

    /// The text of a string value; nil when absent, empty or not a string.
    func text(_ name: String) -> String? {
        guard let text = values[name]?.text, !text.isEmpty else { return nil }
        return text
    }

    /// The number of a DWORD or QWORD value, or of a string value holding a decimal number.
    func number(_ name: String) -> Int? {
        values[name]?.integer ?? values[name]?.text.flatMap { Int($0) }
    }

    /// True when the value is present.
    func has(_ name: String) -> Bool { values[name] != nil }
}
