/// Reads a captured list of Windows features: `Get-WindowsFeature` saved with `Export-Csv`,
/// `ConvertTo-Json` or as its table text; `Get-WindowsOptionalFeature` saved with `ConvertTo-Json` or
/// `Export-Csv`; `dism /get-features` text (list or `/format:table`, any display language); or
/// Image2Docker's semicolon-separated list of feature names. Each feature records the line it was read
/// from; problems become diagnostics, never errors thrown.
public struct FeatureListReader: Sendable {
    /// The size limits the reader enforces.
    public var limits: InputLimits

    /// A reader enforcing `limits`.
    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    /// True when `sample` looks like a feature list: `Get-WindowsFeature` or `Get-WindowsOptionalFeature`
    /// CSV or JSON, the `Get-WindowsFeature` table (rows marked `[X]` / `[ ]`), `dism /get-features`
    /// output, or a semicolon-separated list of feature names.
    public static func recognizes(_ sample: InputSample) -> Bool {
        FeatureListFormat.detect(sample.text) != nil
    }

    /// Reads `file`. The features are in file order; a file that is not a feature list gives no
    /// features and an error.
    public func read(_ file: CaptureFile) -> ReadResult<[WindowsFeature]> {
        let loaded = TextFile.read(file, limit: limits.maxTextFileBytes)
        guard let text = loaded.value else { return ReadResult(value: [], diagnostics: loaded.diagnostics) }
        guard let format = FeatureListFormat.detect(text.text) else {
            return ReadResult(value: [], diagnostics: [Diagnostic(
                .error, file.location(line: 0),
                "not a feature list; expected Get-WindowsFeature or Get-WindowsOptionalFeature CSV or JSON, "
                    + "the Get-WindowsFeature table, dism /get-features output or a semicolon-separated name list")])
        }
        var result = switch format {
        case .csv: FeatureCSV.read(text.text, file: file)
        case .json: FeatureJSON.read(text.text, file: file)
        case .tree: FeatureTreeText.read(text.lines, file: file)
        case .dism: DISMFeatureText.read(text.lines, file: file)
        case .nameList: FeatureNameList.read(text.lines, file: file)
        }
        result.diagnostics.insert(contentsOf: loaded.diagnostics, at: 0)
        return result
    }
}
