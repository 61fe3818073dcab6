import Foundation

/// Reads what `dism /online /get-features` prints, in English or another display language: the list
/// ("Feature Name : IIS-WebServerRole" / "State : Enabled" pairs) or, with `/format:table`, a table of
/// name and state separated by `|` under a rule of dashes. The state words are mapped by
/// `FeatureInstallState.dism`; the layout, not the words, finds the features.
enum DISMFeatureText {
    /// The index of the rule line (`----- | -----`) that opens the feature table; nil when there is none.
    static func tableRule(in lines: [String]) -> Int? {
        lines.firstIndex(where: isTableRule)
    }

    /// The name/state pairs of the list layout: two consecutive "key : value" lines followed by a blank
    /// line (or the end), whose first key is the one the first such pair uses ("Feature Name" in English).
    static func listPairs(in lines: [String]) -> [(line: Int, name: String, state: String)] {
        var pairs: [(line: Int, name: String, state: String)] = []
        var nameKey: String?
        var index = 0
        while index + 1 < lines.count {
            defer { index += 1 }
            guard let first = field(in: lines[index]), let second = field(in: lines[index + 1]),
                  index + 2 >= lines.count || lines[index + 2].allSatisfy(\.isWhitespace),
                  index == 0 || lines[index - 1].allSatisfy(\.isWhitespace)
            else { continue }
            if nameKey == nil { nameKey = first.key }
            guard first.key == nameKey else { continue }
            pairs.append((index + 1, first.value, second.value))
            index += 1
        }
        return pairs
    }

    /// The features in `lines`, the text of `file`: the table when there is one, else the list.
    static func read(_ lines: [String], file: CaptureFile) -> ReadResult<[WindowsFeature]> {
        var rows: [(line: Int, name: String, state: String)] = []
        if let rule = tableRule(in: lines) {
            var index = rule + 1
            if index < lines.count, lines[index].contains("|") { index += 1 }
            if index < lines.count, isTableRule(lines[index]) { index += 1 }
            while index < lines.count, let bar = lines[index].firstIndex(of: "|") {
                let line = lines[index]
                rows.append((
                    index + 1, line[..<bar].trimmingCharacters(in: .whitespaces),
                    line[line.index(after: bar)...].trimmingCharacters(in: .whitespaces)))
                index += 1
            }
        } else {
            rows = listPairs(in: lines)
        }
        var diagnostics: [Diagnostic] = []
        let features = rows.compactMap { row -> WindowsFeature? in
            guard !row.name.isEmpty else { return nil }
            let location = file.location(line: row.line)
            let state = FeatureInstallState.dism(row.state)
            if state.installed == nil {
                diagnostics.append(Diagnostic(.warning, location, FeatureFields.unknownState(row.name, row.state)))
            }
            return WindowsFeature(
                name: row.name, installed: state.installed ?? false, installState: row.state, naming: .dism,
                source: location)
        }
        return ReadResult(value: features, diagnostics: diagnostics)
    }

    /// True for a line of dashes, a `|`, and dashes.
    private static func isTableRule(_ line: String) -> Bool {
        let parts = line.split(separator: "|", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { part in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            return !trimmed.isEmpty && trimmed.allSatisfy { $0 == "-" }
        }
    }

    /// The key and value of a "key : value" line (DISM puts spaces around the colon); nil for others.
    private static func field(in line: String) -> (key: String, value: String)? {
        guard let range = line.range(of: " : ") else { return nil }
        let key = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        let value = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, !value.isEmpty else { return nil }
        return (key, value)
    }
}
