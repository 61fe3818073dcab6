@testable import ManifestReaders

/// One attribute as written: its qualified name and its value (character references resolved).
struct XMLAttribute: Sendable, Hashable {
    var name: String
    var value: String
}

extension XMLAttributes {
    /// All of them but the secret ones, in document order, copied out for assertions.
    var all: [XMLAttribute] {
        var attributes: [XMLAttribute] = []
        forEach { name, value in
            attributes.append(
                XMLAttribute(name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self)))
        }
        return attributes
    }
}
