/// The kinds of service list `ServiceListReader` reads, recognised from a file's text.
enum ServiceListFormat: Sendable {
    /// `Export-Csv` of `Get-CimInstance Win32_Service`, `Get-WmiObject Win32_Service` or `Get-Service`.
    case csv
    /// `ConvertTo-Json` of the same objects.
    case json
    /// `sc.exe queryex` (and `sc.exe qc`) text.
    case serviceControl
    /// The `Get-Service` table (Status, Name, DisplayName) saved as text.
    case table
    /// `net start` output.
    case netStart

    /// The format of `text` (a whole file or its start); nil when it is not a service list.
    static func detect(_ text: String) -> ServiceListFormat? {
        let head = text.prefix(64 << 10)
        if let first = head.first(where: { !$0.isWhitespace }), first == "[" || first == "{" {
            return ServiceJSON.recognizes(head) ? .json : nil
        }
        let lines = TextFile.splitLines(String(head))
        if ServiceControlText.recognizes(lines) { return .serviceControl }
        if head.contains(NetStartText.heading) { return .netStart }
        if ServiceTableText.table(in: lines) != nil { return .table }
        if ServiceCSV.recognizes(CSVParser.parse(String(head))) { return .csv }
        return nil
    }
}
