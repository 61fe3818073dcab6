/// A `Bool` that reads as `false` when its key is absent, for optional catalog flags such as
/// `inference` and `builtIn`.
@propertyWrapper
public struct DefaultFalse: Sendable, Hashable, Codable {
    /// The flag.
    public var wrappedValue: Bool

    /// A flag, `false` unless given.
    public init(wrappedValue: Bool = false) {
        self.wrappedValue = wrappedValue
    }

    /// Reads the flag from a present key.
    public init(from decoder: any Decoder) throws {
        wrappedValue = try decoder.singleValueContainer().decode(Bool.self)
    }

    /// Writes the flag as a plain `Bool`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension KeyedDecodingContainer {
    /// Chosen by synthesized `Decodable` conformances over the generic `decode`, so that a
    /// `@DefaultFalse` property may be left out.
    func decode(_ type: DefaultFalse.Type, forKey key: Key) throws -> DefaultFalse {
        try decodeIfPresent(type, forKey: key) ?? DefaultFalse()
    }
}
