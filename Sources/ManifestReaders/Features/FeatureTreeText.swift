import Foundation

/// Reads the table `Get-WindowsFeature` prints ("Display Name", "Name", "Install State"), as console
/// redirection or `Out-File` saves it: each row's display name is marked `[X]` (installed) or `[ ]` and
/// indented four spaces per level of the feature tree, which gives the parent. The layout cuts long
/// values short with "..."; such names are kept as shown, with a warning.
enum FeatureTreeText {
    /// The feature table in `lines`: three columns, rows marked `[X]` or `[ ]`; nil when there is none.
    static func table(in lines: [String]) -> ColumnTable? {
        guard let table = ColumnTable(lines: lines, accept: { $0.count == 3 }),
              table.rowIndexes.contains(where: { marker(of: lines[$0]) != nil })
        else { return nil }
        return table
    }

    /// The features in `lines`, the text of `file`.
    static func read(_ lines: [String], file: CaptureFile) -> ReadResult<[WindowsFeature]> {
        guard let table = table(in: lines) else { return ReadResult(value: []) }
        var diagnostics: [Diagnostic] = []
        if let command = lines[..<table.headerIndex].lastIndex(where: isFilteredCommand) {
            diagnostics.append(Diagnostic(
                .info, file.location(line: command + 1),
                "the listing is filtered ('\(lines[command].trimmingCharacters(in: .whitespaces))'); a parent taken "
                    + "from the indentation is wrong where the real parent is not listed"))
        }
        var features: [WindowsFeature] = []
        var ancestors: [String?] = []
        for index in table.rowIndexes {
            let values = table.values(of: lines[index])
            let name = values[1].trimmingCharacters(in: .whitespaces)
            guard let installed = marker(of: lines[index]), !name.isEmpty else { continue }
            let location = file.location(line: index + 1)
            let indentation = values[0].prefix { $0 == " " }.count
            let depth = indentation / 4
            ancestors.removeSubrange(min(depth, ancestors.count)...)
            ancestors += Array(repeating: nil, count: depth - ancestors.count)
            let parent = depth > 0 ? ancestors[depth - 1] : nil
            ancestors.append(name)
            let displayName = values[0].dropFirst(indentation + 3).trimmingCharacters(in: .whitespaces)
            let state = values[2].trimmingCharacters(in: .whitespaces)
            features.append(WindowsFeature(
                name: name, displayName: displayName.isEmpty ? nil : displayName, installed: installed,
                installState: state.isEmpty ? nil : state, parent: parent, naming: .serverManager, source: location))
            if ColumnTable.truncatedStem(name) != nil {
                diagnostics.append(Diagnostic(
                    .warning, location,
                    "feature name '\(name)' is cut short by the table layout; "
                        + "capture with Get-WindowsFeature | Export-Csv for full names"))
            }
        }
        return ReadResult(value: features, diagnostics: diagnostics)
    }

    /// True for `[X]`, false for `[ ]`, at the start of the row after its indentation; nil otherwise.
    private static func marker(of row: String) -> Bool? {
        let text = row.drop { $0 == " " }
        if text.hasPrefix("[X]") { return true }
        if text.hasPrefix("[ ]") { return false }
        return nil
    }

    /// True for a command line that runs `Get-WindowsFeature` with a name pattern (`*web*`, `-Name …`).
    private static func isFilteredCommand(_ line: String) -> Bool {
        guard let range = line.range(of: "Get-WindowsFeature", options: .caseInsensitive) else { return false }
        let arguments = line[range.upperBound...].prefix { $0 != "|" }
        return arguments.split(separator: " ").contains { !$0.hasPrefix("-") || $0.lowercased() == "-name" }
    }
}
