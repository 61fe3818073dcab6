import Foundation

/// Parses CSV as PowerShell's `Export-Csv` writes it (RFC 4180: quoted fields with embedded delimiters,
/// doubled quotes and line breaks), keeping the 1-based line each record starts on so readers can point
/// at it. An optional first line `#TYPE <type name>` (Windows PowerShell without `-NoTypeInformation`)
/// is taken apart from the records. The delimiter is `,` unless the header line uses `;` or tab more
/// (`Export-Csv -UseCulture` on a German or French system writes `;`).
enum CSVParser {
    /// One record: its fields, unquoted, and the line it starts on.
    struct Record: Sendable, Equatable {
        var fields: [String]
        var line: Int
    }

    /// A parsed file: the `#TYPE` name, the header and the data rows.
    struct Table: Sendable, Equatable {
        /// The type name from a `#TYPE` first line, e.g. `System.ServiceProcess.ServiceController`.
        var typeName: String?
        /// The first record; nil when the text has no records.
        var header: Record?
        /// The records after the header, without blank lines.
        var rows: [Record]
        /// The line a quoted field that is never closed starts on; that record and the rest of the text
        /// are not in `rows`.
        var unterminatedQuoteLine: Int?

        /// Column indexes by lower-cased, trimmed header name (the first column of a repeated name).
        var columnIndexes: [String: Int]

        /// The header's column names, trimmed.
        var columnNames: [String] { header?.fields.map { $0.trimmingCharacters(in: .whitespaces) } ?? [] }

        /// The index of the first of `names` the header has (case-insensitive).
        func column(_ names: [String]) -> Int? {
            names.lazy.compactMap { columnIndexes[$0.lowercased()] }.first
        }

        /// The value in `row` of the first of `names` the header has; nil when the header has none of
        /// them or the row is too short to reach it.
        func value(of names: [String], in row: Record) -> String? {
            guard let index = column(names), index < row.fields.count else { return nil }
            return row.fields[index]
        }

        /// A warning for a row whose field count differs from the header's; nil when they agree.
        func fieldCountProblem(in row: Record) -> String? {
            let expected = header?.fields.count ?? 0
            if row.fields.count < expected {
                return "row has \(row.fields.count) of the header's \(expected) fields; "
                    + "the missing fields are taken as empty"
            }
            if row.fields.count > expected {
                return "row has \(row.fields.count) fields but the header has \(expected); the extra fields are ignored"
            }
            return nil
        }
    }

    /// Parses `text`, which may start with a `#TYPE` line.
    static func parse(_ text: String) -> Table {
        var body = Substring(text)
        var firstLine = 1
        var typeName: String?
        let end = body.firstIndex(where: \.isNewline) ?? body.endIndex
        if body[..<end].hasPrefix("#TYPE") {
            typeName = body[..<end].dropFirst("#TYPE".count).trimmingCharacters(in: .whitespaces)
            body = end < body.endIndex ? body[body.index(after: end)...] : body[end...]
            firstLine = 2
        }
        var scanner = Scanner(text: body, delimiter: delimiter(of: body), line: firstLine)
        var records: [Record] = []
        while let record = scanner.nextRecord() {
            if record.fields != [""] { records.append(record) }
        }
        let names = records.first?.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? []
        return Table(
            typeName: typeName, header: records.first, rows: Array(records.dropFirst()),
            unterminatedQuoteLine: scanner.unterminatedQuoteLine,
            columnIndexes: Dictionary(names.enumerated().map { ($1, $0) }) { first, _ in first })
    }

    /// The delimiter the first non-blank line uses most outside quotes: `,`, `;` or tab (`,` on a tie).
    private static func delimiter(of text: Substring) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        var seenContent = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle() }
            if !inQuotes, scalar == "\n" || scalar == "\r" {
                if seenContent { break } else { continue }
            }
            seenContent = true
            if !inQuotes, counts[scalar] != nil { counts[scalar, default: 0] += 1 }
        }
        var best: Unicode.Scalar = ","
        for candidate: Unicode.Scalar in [";", "\t"] where counts[candidate, default: 0] > counts[best, default: 0] {
            best = candidate
        }
        return best
    }

    /// Reads records one at a time, counting lines (CRLF, LF and lone CR each end one).
    private struct Scanner {
        private var scalars: Substring.UnicodeScalarView.Iterator
        private var pushedBack: Unicode.Scalar?
        private let delimiter: Unicode.Scalar
        private var line: Int
        private(set) var unterminatedQuoteLine: Int?

        init(text: Substring, delimiter: Unicode.Scalar, line: Int) {
            scalars = text.unicodeScalars.makeIterator()
            self.delimiter = delimiter
            self.line = line
        }

        private mutating func next() -> Unicode.Scalar? {
            if let scalar = pushedBack {
                pushedBack = nil
                return scalar
            }
            return scalars.next()
        }

        /// Consumes the LF of a CRLF pair after `scalar` (a CR) and counts the line.
        private mutating func endLine(after scalar: Unicode.Scalar) {
            line += 1
            guard scalar == "\r" else { return }
            if let following = next(), following != "\n" { pushedBack = following }
        }

        /// The next record, or nil at the end of the text (or of a quoted field that never closes).
        mutating func nextRecord() -> Record? {
            guard unterminatedQuoteLine == nil, let first = next() else { return nil }
            pushedBack = first
            let start = line
            var fields: [String] = []
            var field = String.UnicodeScalarView()
            var inQuotes = false
            var fieldStarted = false
            while let scalar = next() {
                if inQuotes {
                    switch scalar {
                    case "\"":
                        // A doubled quote is a quote; a single one closes the field.
                        let following = next()
                        if following == "\"" {
                            field.append("\"")
                        } else {
                            pushedBack = following
                            inQuotes = false
                        }
                    case "\r", "\n":
                        endLine(after: scalar)
                        field.append("\n")
                    default:
                        field.append(scalar)
                    }
                    continue
                }
                switch scalar {
                case "\"" where !fieldStarted:
                    inQuotes = true
                    fieldStarted = true
                case delimiter:
                    fields.append(String(field))
                    field = String.UnicodeScalarView()
                    fieldStarted = false
                case "\r", "\n":
                    endLine(after: scalar)
                    fields.append(String(field))
                    return Record(fields: fields, line: start)
                default:
                    field.append(scalar)
                    fieldStarted = true
                }
            }
            if inQuotes {
                unterminatedQuoteLine = start
                return nil
            }
            fields.append(String(field))
            return Record(fields: fields, line: start)
        }
    }
}
