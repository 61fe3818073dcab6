import Foundation

/// Text laid out in fixed columns under a header line and a rule of dashes, the way PowerShell's table
/// views print it (`Format-Table`, the default views of `Get-Service` and `Get-WindowsFeature`):
///
///     Status   Name               DisplayName
///     ------   ----               -----------
///     Running  W3SVC              World Wide Web Publishing Service
///
/// Each column starts where its run of dashes starts; a row's value for a column is its text from that
/// start to the next column's start.
struct ColumnTable: Sendable {
    /// The column titles, trimmed, in order.
    let titles: [String]
    /// The index (0-based) of the header line in the lines given.
    let headerIndex: Int
    /// The indexes of the rows: the non-blank lines after the rule, up to the first blank line.
    let rowIndexes: Range<Int>
    /// The character offset each column starts at.
    private let starts: [Int]

    /// The first table in `lines` with at least two columns whose titles `accept` takes; nil when
    /// there is none.
    init?(lines: [String], accept: ([String]) -> Bool) {
        for (index, line) in lines.enumerated() where index > 0 {
            guard let starts = ColumnTable.columnStarts(ofRule: line), starts.count >= 2 else { continue }
            let header = lines[index - 1]
            let titles = ColumnTable.slices(of: header, at: starts).map { $0.trimmingCharacters(in: .whitespaces) }
            guard accept(titles) else { continue }
            let firstRow = index + 1
            let end = lines[firstRow...].firstIndex { $0.allSatisfy(\.isWhitespace) } ?? lines.endIndex
            self.titles = titles
            self.headerIndex = index - 1
            self.rowIndexes = firstRow..<end
            self.starts = starts
            return
        }
        return nil
    }

    /// The values of a row, one per column (untrimmed; empty where the row is too short).
    func values(of row: String) -> [String] { ColumnTable.slices(of: row, at: starts) }

    /// The text before a final "..." (the table's mark for a cut value); nil when `value` is whole.
    static func truncatedStem(_ value: String) -> String? {
        guard value.hasSuffix("..."), value.count > 3 else { return nil }
        return String(value.dropLast(3))
    }

    /// Where each run of dashes starts, for a line made only of dashes and spaces; nil for other lines.
    private static func columnStarts(ofRule line: String) -> [Int]? {
        guard line.contains("-"), line.allSatisfy({ $0 == "-" || $0 == " " }) else { return nil }
        var starts: [Int] = []
        var previous: Character = " "
        for (offset, character) in line.enumerated() {
            if character == "-", previous == " " { starts.append(offset) }
            previous = character
        }
        return starts
    }

    /// `line` cut at the character offsets `starts`.
    private static func slices(of line: String, at starts: [Int]) -> [String] {
        let characters = Array(line)
        return starts.enumerated().map { column, start in
            let end = column + 1 < starts.count ? starts[column + 1] : characters.count
            guard start < characters.count else { return "" }
            return String(characters[start..<min(end, characters.count)])
        }
    }
}
