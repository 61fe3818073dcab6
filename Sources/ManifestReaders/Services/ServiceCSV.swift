import Foundation

/// Reads a service list saved with `Export-Csv`: `Get-CimInstance Win32_Service` / `Get-WmiObject
/// Win32_Service` (Name, DisplayName, State, StartMode, StartName, PathName, ServiceType, …) or
/// `Get-Service` (Name, DisplayName, Status, StartType, ServiceType; PowerShell 7 adds BinaryPathName,
/// UserName, StartupType, DelayedAutoStart), with or without a `#TYPE` line.
enum ServiceCSV {
    /// Column names only service lists have.
    private static let serviceColumns: Set<String> = [
        "startmode", "starttype", "startuptype", "pathname", "binarypathname", "servicetype", "startname",
    ]

    /// True for a table whose `#TYPE` names a service class, or whose header has a column only service
    /// lists have (StartMode, StartType, PathName, ServiceType, …) or a name column (Name, ServiceName or
    /// DisplayName) with State or Status; and no feature columns.
    static func recognizes(_ table: CSVParser.Table) -> Bool {
        if let type = table.typeName?.lowercased(),
           type.hasSuffix("win32_service") || type.hasSuffix("servicecontroller") {
            return true
        }
        let columns = Set(table.columnIndexes.keys)
        guard columns.isDisjoint(with: ["featurename", "installstate", "installed"]) else { return false }
        return !columns.isDisjoint(with: serviceColumns)
            || (!columns.isDisjoint(with: ["name", "servicename", "displayname"])
                && !columns.isDisjoint(with: ["state", "status"]))
    }

    /// The services in `text`, the CSV of `file`.
    static func read(_ text: String, file: CaptureFile) -> ReadResult<[WindowsService]> {
        let table = CSVParser.parse(text)
        var diagnostics: [Diagnostic] = []
        var services: [WindowsService] = []
        guard let header = table.header else {
            return ReadResult(value: [], diagnostics: [Diagnostic(
                .error, file.location(line: 1), "service list CSV has no header row")])
        }
        let found = table.columnNames.joined(separator: ", ")
        let hasName = table.column(ServiceFields.nameKeys) != nil
        if !hasName {
            guard table.column(["DisplayName"]) != nil else {
                return ReadResult(value: [], diagnostics: [Diagnostic(
                    .error, file.location(line: header.line),
                    "service list CSV has no 'Name' column (found: \(found)); "
                        + "expected Get-CimInstance Win32_Service or Get-Service columns")])
            }
            diagnostics.append(Diagnostic(
                .warning, file.location(line: header.line),
                "service list CSV has no 'Name' column (found: \(found)); services are named from their display names"))
        }
        for row in table.rows {
            let location = file.location(line: row.line)
            if let problem = table.fieldCountProblem(in: row) {
                diagnostics.append(Diagnostic(.warning, location, problem))
            }
            let value = { (keys: [String]) in table.value(of: keys, in: row) }
            let shown = value(hasName ? ServiceFields.nameKeys : ["DisplayName"])?.trimmingCharacters(in: .whitespaces)
            guard let shown, !shown.isEmpty else {
                diagnostics.append(Diagnostic(.warning, location, "service row has no name; skipped"))
                continue
            }
            let name = hasName ? shown : ServiceFields.name(forDisplayName: shown)
            services.append(ServiceFields.service(named: name, source: location, value: value))
        }
        if let line = table.unterminatedQuoteLine {
            diagnostics.append(Diagnostic(
                .error, file.location(line: line), "quoted field is never closed; the rest of the file was not read"))
        }
        return ReadResult(value: services, diagnostics: diagnostics)
    }
}
