import Foundation

/// Reads a feature list saved with `Export-Csv`: `Get-WindowsFeature` (Name, DisplayName, Installed,
/// InstallState, Parent, FeatureType, Path, Depth, …) or `Get-WindowsOptionalFeature` (FeatureName,
/// State, …), with or without a `#TYPE` line.
enum FeatureCSV {
    /// True for a table whose `#TYPE` names a feature class, or whose header has Name with Installed or
    /// InstallState, or FeatureName with State.
    static func recognizes(_ table: CSVParser.Table) -> Bool {
        if let type = table.typeName?.lowercased(),
           type.hasSuffix("servermanager.commands.feature") || type.contains("dism.commands") {
            return true
        }
        let columns = Set(table.columnIndexes.keys)
        return (columns.contains("name") && !columns.isDisjoint(with: ["installed", "installstate"]))
            || columns.isSuperset(of: ["featurename", "state"])
    }

    /// The features in `text`, the CSV of `file`.
    static func read(_ text: String, file: CaptureFile) -> ReadResult<[WindowsFeature]> {
        let table = CSVParser.parse(text)
        guard let header = table.header else {
            return ReadResult(value: [], diagnostics: [Diagnostic(
                .error, file.location(line: 1), "feature list CSV has no header row")])
        }
        guard table.column(FeatureFields.nameKeys) != nil else {
            return ReadResult(value: [], diagnostics: [Diagnostic(
                .error, file.location(line: header.line),
                "feature list CSV has no 'Name' column (found: \(table.columnNames.joined(separator: ", "))); "
                    + "expected Get-WindowsFeature or Get-WindowsOptionalFeature columns")])
        }
        var diagnostics: [Diagnostic] = []
        var features: [WindowsFeature] = []
        for row in table.rows {
            let location = file.location(line: row.line)
            if let problem = table.fieldCountProblem(in: row) {
                diagnostics.append(Diagnostic(.warning, location, problem))
            }
            guard let read = FeatureFields.feature(source: location, value: { table.value(of: $0, in: row) }) else {
                diagnostics.append(Diagnostic(.warning, location, "feature row has no name; skipped"))
                continue
            }
            features.append(read.feature)
            if let warning = read.warning { diagnostics.append(Diagnostic(.warning, location, warning)) }
        }
        if let line = table.unterminatedQuoteLine {
            diagnostics.append(Diagnostic(
                .error, file.location(line: line), "quoted field is never closed; the rest of the file was not read"))
        }
        return ReadResult(value: features, diagnostics: diagnostics)
    }
}
