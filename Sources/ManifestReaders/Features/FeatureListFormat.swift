/// The kinds of feature list `FeatureListReader` reads, recognised from a file's text.
enum FeatureListFormat: Sendable {
    /// `Export-Csv` of `Get-WindowsFeature` or `Get-WindowsOptionalFeature`.
    case csv
    /// `ConvertTo-Json` of the same objects.
    case json
    /// The `Get-WindowsFeature` table saved as text.
    case tree
    /// `dism /get-features` text, list or table.
    case dism
    /// Image2Docker's semicolon-separated list of DISM names.
    case nameList

    /// The format of `text` (a whole file or its start); nil when it is not a feature list.
    static func detect(_ text: String) -> FeatureListFormat? {
        let head = text.prefix(64 << 10)
        if let first = head.first(where: { !$0.isWhitespace }), first == "[" || first == "{" {
            return FeatureJSON.recognizes(head) ? .json : nil
        }
        let lines = TextFile.splitLines(String(head))
        if DISMFeatureText.tableRule(in: lines) != nil { return .dism }
        if head.contains("Feature Name :")
            || (head.contains("DISM") && DISMFeatureText.listPairs(in: lines).contains {
                FeatureInstallState.dism($0.state).installed != nil
            }) {
            return .dism
        }
        if FeatureTreeText.table(in: lines) != nil { return .tree }
        if FeatureCSV.recognizes(CSVParser.parse(String(head))) { return .csv }
        if FeatureNameList.recognizes(head) { return .nameList }
        return nil
    }
}
