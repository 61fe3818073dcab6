import Foundation

/// Reads a service list saved with `ConvertTo-Json`: `Get-CimInstance Win32_Service` or `Get-Service`
/// objects, as an array or a single object. Windows PowerShell 5 writes the enums (Status, StartType,
/// ServiceType) as numbers.
enum ServiceJSON {
    /// True when the start of `text` has a name property (Name or ServiceName) and a state or start
    /// property, and no feature properties.
    static func recognizes(_ text: Substring) -> Bool {
        func has(_ key: String) -> Bool { JSONRecordList.text(text, hasKey: key) }
        guard !has("FeatureName"), !has("InstallState") else { return false }
        return (has("Name") || has("ServiceName"))
            && (has("State") || has("Status") || has("StartMode") || has("StartType"))
    }

    /// The services in `text`, the JSON of `file`.
    static func read(_ text: String, file: CaptureFile) -> ReadResult<[WindowsService]> {
        let list: JSONRecordList
        do {
            list = try JSONRecordList(text: text)
        } catch {
            return ReadResult(value: [], diagnostics: [Diagnostic(
                .error, file.location(line: error.line), "service list JSON could not be parsed: \(error.message)")])
        }
        var diagnostics: [Diagnostic] = []
        var services: [WindowsService] = []
        if list.skippedElements > 0 {
            diagnostics.append(Diagnostic(
                .warning, file.location(line: 1), "\(list.skippedElements) list elements are not objects; skipped"))
        }
        for record in list.records {
            let location = file.location(line: record.line)
            guard let name = record.string(ServiceFields.nameKeys)?.trimmingCharacters(in: .whitespaces),
                  !name.isEmpty
            else {
                diagnostics.append(Diagnostic(
                    .warning, location, "service object has no 'Name' or 'ServiceName'; skipped"))
                continue
            }
            services.append(ServiceFields.service(named: name, source: location, value: record.string))
        }
        return ReadResult(value: services, diagnostics: diagnostics)
    }
}
