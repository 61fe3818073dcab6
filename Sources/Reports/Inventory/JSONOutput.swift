import Foundation

/// The one JSON encoding every machine-readable output uses: sorted keys, two-space pretty
/// printing, unescaped slashes, a final newline — so equal values give identical bytes.
public enum JSONOutput {
    public static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
