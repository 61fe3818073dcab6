import Foundation

/// Reads the text `sc.exe queryex` prints (SERVICE_NAME, DISPLAY_NAME, TYPE, STATE, PID, …), and the
/// fields of `sc.exe qc` (START_TYPE, BINARY_PATH_NAME, SERVICE_START_NAME) when the capture has them
/// too. Blocks for the same service (a `queryex` block and a `qc` block) are merged; the first value of
/// a field wins.
enum ServiceControlText {
    /// True when a line starts with `SERVICE_NAME:`.
    static func recognizes(_ lines: [String]) -> Bool {
        lines.contains { $0.drop(while: \.isWhitespace).hasPrefix("SERVICE_NAME:") }
    }

    /// The services in `lines`, the text of `file`.
    static func read(_ lines: [String], file: CaptureFile) -> ReadResult<[WindowsService]> {
        var blocks: [(line: Int, fields: [String: String])] = []
        var blockIndexes: [String: Int] = [:]
        var current: Int?
        for (index, line) in lines.enumerated() {
            guard let (key, value) = field(in: line) else { continue }
            if key == "SERVICE_NAME" {
                let name = value.lowercased()
                if let existing = blockIndexes[name] {
                    current = existing
                } else {
                    blockIndexes[name] = blocks.count
                    current = blocks.count
                    blocks.append((index + 1, [:]))
                }
            }
            guard let current, blocks[current].fields[key] == nil else { continue }
            blocks[current].fields[key] = value
        }
        let services = blocks.compactMap { block -> WindowsService? in
            guard let name = block.fields["SERVICE_NAME"], !name.isEmpty else { return nil }
            return ServiceFields.service(named: name, source: file.location(line: block.line)) { keys in
                keys.lazy.compactMap { block.fields[$0.uppercased()] }.first
            }
        }
        return ReadResult(value: services)
    }

    /// The field a line sets: an upper-case sc.exe field name, a colon and the value (which may hold
    /// colons, as paths do); nil for other lines (continuations, "[SC] …" status lines).
    private static func field(in line: String) -> (key: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, key.allSatisfy({ $0 == "_" || ($0.isASCII && ($0.isUppercase || $0.isNumber)) }) else {
            return nil
        }
        return (key, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }
}
