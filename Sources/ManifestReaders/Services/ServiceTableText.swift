import Foundation

/// Reads the table `Get-Service` prints (Status, Name, DisplayName columns, possibly more, e.g.
/// PSComputerName), as `Out-File` or console redirection saves it. The table layout cuts long values
/// short with "..."; a cut name is completed from its display name or, failing that, from the one
/// built-in service name it starts; otherwise it is kept as shown, with a warning.
enum ServiceTableText {
    /// The table in `lines` with Status, Name and DisplayName columns; nil when there is none.
    static func table(in lines: [String]) -> ColumnTable? {
        ColumnTable(lines: lines) { titles in
            Set(titles.map { $0.lowercased() }).isSuperset(of: ["status", "name", "displayname"])
        }
    }

    /// The services in `lines`, the text of `file`.
    static func read(_ lines: [String], file: CaptureFile) -> ReadResult<[WindowsService]> {
        guard let table = table(in: lines) else { return ReadResult(value: []) }
        let titles = table.titles.map { $0.lowercased() }
        let columns = (
            status: titles.firstIndex(of: "status"), name: titles.firstIndex(of: "name"),
            displayName: titles.firstIndex(of: "displayname"))
        var services: [WindowsService] = []
        var diagnostics: [Diagnostic] = []
        for index in table.rowIndexes {
            let values = table.values(of: lines[index]).map { $0.trimmingCharacters(in: .whitespaces) }
            func value(_ column: Int?) -> String? {
                guard let column, column < values.count, !values[column].isEmpty else { return nil }
                return values[column]
            }
            guard let shown = value(columns.name) else { continue }
            let location = file.location(line: index + 1)
            let displayName = value(columns.displayName)
            let (name, isBuiltIn) = identify(shown, displayName: displayName)
            if ColumnTable.truncatedStem(name) != nil {
                diagnostics.append(Diagnostic(
                    .warning, location,
                    "service name '\(name)' is cut short by the table layout and could not be completed; "
                        + "capture with Get-Service | Export-Csv for full names"))
            }
            services.append(WindowsService(
                name: name, displayName: displayName,
                state: value(columns.status).map { ServiceValues.state($0) ?? $0 },
                isBuiltIn: isBuiltIn, source: location))
        }
        return ReadResult(value: services, diagnostics: diagnostics)
    }

    /// The service's name and whether it is built-in. A name cut short is completed when it starts the
    /// name of the built-in service shown with `displayName`, or of only one built-in service; otherwise
    /// it stays as shown, built-in when a built-in name (or per-user template) starts so.
    private static func identify(_ shown: String, displayName: String?) -> (name: String, isBuiltIn: Bool) {
        guard let stem = ColumnTable.truncatedStem(shown) else {
            return (shown, BuiltInServices.isBuiltIn(name: shown, binaryPath: nil))
        }
        if let displayName, ColumnTable.truncatedStem(displayName) == nil,
           let name = BuiltInServices.serviceName(forDisplayName: displayName),
           name.lowercased().hasPrefix(stem.lowercased()) {
            return (name, true)
        }
        let candidates = BuiltInServices.names(startingWith: stem)
        if candidates.count == 1, let name = candidates.first { return (name, true) }
        let template = stem.hasSuffix("_") ? String(stem.dropLast()) : stem
        return (shown, !candidates.isEmpty || BuiltInServices.isKnown(template))
    }
}
