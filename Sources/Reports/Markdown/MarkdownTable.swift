/// A GitHub-flavoured Markdown table; cells are Markdown already escaped for a cell.
struct MarkdownTable {
    /// Column headers; a header ending in ":" (removed) is right-aligned.
    let headers: [String]
    let rows: [[String]]

    var text: String {
        let names = headers.map { $0.hasSuffix(":") ? String($0.dropLast()) : $0 }
        let alignments = headers.map { $0.hasSuffix(":") ? "---:" : "---" }
        let lines = [names, alignments] + rows
        return lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }
}
