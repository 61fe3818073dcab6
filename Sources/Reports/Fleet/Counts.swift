/// A count per case of `Key` (readiness, severity, category). Its JSON is an object with every
/// case's raw value as a key, zeros included, so the shape never depends on the data.
public struct Counts<Key>: Sendable, Hashable, Codable
where Key: CaseIterable & RawRepresentable & Hashable & Sendable, Key.RawValue == String {
    /// The non-zero counts (so that equal counts are equal values).
    private var values: [Key: Int]

    /// All zero.
    public init() {
        values = [:]
    }

    /// The count of `key`.
    public subscript(key: Key) -> Int {
        get { values[key, default: 0] }
        set { values[key] = newValue == 0 ? nil : newValue }
    }

    /// The sum over all keys.
    public var total: Int { values.values.reduce(0, +) }

    /// Adds each key of `other` to this one's.
    public mutating func add(_ other: Counts<Key>) {
        for key in Key.allCases { self[key] += other[key] }
    }

    private struct CodingKey: Swift.CodingKey {
        var stringValue: String
        var intValue: Int? { nil }

        init(stringValue: String) {
            self.stringValue = stringValue
        }

        init?(intValue: Int) {
            nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKey.self)
        values = [:]
        for key in Key.allCases {
            self[key] = try container.decodeIfPresent(Int.self, forKey: CodingKey(stringValue: key.rawValue)) ?? 0
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKey.self)
        for key in Key.allCases {
            try container.encode(self[key], forKey: CodingKey(stringValue: key.rawValue))
        }
    }
}
