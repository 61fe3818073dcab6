/// Reads a feature list saved with `ConvertTo-Json`: `Get-WindowsFeature` objects (Name, Installed,
/// InstallState as a number, Parent, …) or `Get-WindowsOptionalFeature` objects (FeatureName, State as
/// a number), as an array or a single object.
enum FeatureJSON {
    /// True when the start of `text` has Name with InstallState or Installed, or FeatureName with State.
    static func recognizes(_ text: Substring) -> Bool {
        func has(_ key: String) -> Bool { JSONRecordList.text(text, hasKey: key) }
        return (has("Name") && (has("InstallState") || has("Installed"))) || (has("FeatureName") && has("State"))
    }

    /// The features in `text`, the JSON of `file`.
    static func read(_ text: String, file: CaptureFile) -> ReadResult<[WindowsFeature]> {
        let list: JSONRecordList
        do {
            list = try JSONRecordList(text: text)
        } catch {
            return ReadResult(value: [], diagnostics: [Diagnostic(
                .error, file.location(line: error.line), "feature list JSON could not be parsed: \(error.message)")])
        }
        var diagnostics: [Diagnostic] = []
        var features: [WindowsFeature] = []
        if list.skippedElements > 0 {
            diagnostics.append(Diagnostic(
                .warning, file.location(line: 1), "\(list.skippedElements) list elements are not objects; skipped"))
        }
        for record in list.records {
            let location = file.location(line: record.line)
            guard let read = FeatureFields.feature(source: location, value: record.string) else {
                diagnostics.append(Diagnostic(
                    .warning, location, "feature object has no 'Name' or 'FeatureName'; skipped"))
                continue
            }
            features.append(read.feature)
            if let warning = read.warning { diagnostics.append(Diagnostic(.warning, location, warning)) }
        }
        return ReadResult(value: features, diagnostics: diagnostics)
    }
}
