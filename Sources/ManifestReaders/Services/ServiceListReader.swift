/// Reads a captured list of Windows services: `Get-CimInstance Win32_Service` / `Get-WmiObject
/// Win32_Service` / `Get-Service` saved with `Export-Csv` or `ConvertTo-Json`, `sc.exe queryex` text,
/// the `Get-Service` table saved as text, or `net start` output. Each service records the line it was
/// read from; problems become diagnostics, never errors thrown.
public struct ServiceListReader: Sendable {
    /// The size limits the reader enforces.
    public var limits: InputLimits

    /// A reader enforcing `limits`.
    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    /// True when `sample` looks like a service list: a CSV header with service columns (Name,
    /// ServiceName or DisplayName, and State, Status, StartMode, StartType, PathName, …), JSON objects
    /// with Name/ServiceName and State/Status/StartMode/StartType, `sc.exe queryex` text
    /// (`SERVICE_NAME:`), a Status/Name/DisplayName table, or `net start` output.
    public static func recognizes(_ sample: InputSample) -> Bool {
        ServiceListFormat.detect(sample.text) != nil
    }

    /// Reads `file`. The services are in file order; a file that is not a service list gives no
    /// services and an error.
    public func read(_ file: CaptureFile) -> ReadResult<[WindowsService]> {
        let loaded = TextFile.read(file, limit: limits.maxTextFileBytes)
        guard let text = loaded.value else { return ReadResult(value: [], diagnostics: loaded.diagnostics) }
        guard let format = ServiceListFormat.detect(text.text) else {
            return ReadResult(value: [], diagnostics: [Diagnostic(
                .error, file.location(line: 0),
                "not a service list; expected Get-CimInstance Win32_Service or Get-Service CSV or JSON, "
                    + "sc.exe queryex text, the Get-Service table or net start output")])
        }
        var result = switch format {
        case .csv: ServiceCSV.read(text.text, file: file)
        case .json: ServiceJSON.read(text.text, file: file)
        case .serviceControl: ServiceControlText.read(text.lines, file: file)
        case .table: ServiceTableText.read(text.lines, file: file)
        case .netStart: NetStartText.read(text.lines, file: file)
        }
        result.diagnostics.insert(contentsOf: loaded.diagnostics, at: 0)
        return result
    }
}
