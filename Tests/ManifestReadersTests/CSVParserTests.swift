import Testing
@testable import ManifestReaders

@Suite struct CSVParserTests {
    @Test func readsTypeLineHeaderAndRowsWithTheirLines() {
        let table = CSVParser.parse(
            "#TYPE System.Management.ManagementObject#root\\cimv2\\Win32_Service\r\n"
                + "\"Name\",\"State\"\r\n\"W3SVC\",\"Running\"\r\n\r\n\"WAS\",\"Running\"\r\n")
        #expect(table.typeName == "System.Management.ManagementObject#root\\cimv2\\Win32_Service")
        #expect(table.header == CSVParser.Record(fields: ["Name", "State"], line: 2))
        #expect(table.rows == [
            CSVParser.Record(fields: ["W3SVC", "Running"], line: 3),
            CSVParser.Record(fields: ["WAS", "Running"], line: 5),
        ])
        #expect(table.unterminatedQuoteLine == nil)
    }

    @Test func quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() {
        let table = CSVParser.parse(
            "Name,Description,State\n\"svc\",\"Says \"\"hi\"\", twice\nand more\",Running\nnext,,Stopped\n")
        #expect(table.rows == [
            CSVParser.Record(fields: ["svc", "Says \"hi\", twice\nand more", "Running"], line: 2),
            CSVParser.Record(fields: ["next", "", "Stopped"], line: 4),
        ])
    }

    @Test func countsCarriageReturnOnlyLineBreaks() {
        let table = CSVParser.parse("a,b\r1,2\r\"x\ry\",3")
        #expect(table.rows.map(\.line) == [2, 3])
        #expect(table.rows.last?.fields == ["x\ny", "3"])
    }

    @Test func reportsAQuotedFieldThatNeverCloses() {
        let table = CSVParser.parse("Name,State\nok,Running\n\"broken,Running\nmore\n")
        #expect(table.rows == [CSVParser.Record(fields: ["ok", "Running"], line: 2)])
        #expect(table.unterminatedQuoteLine == 3)
    }

    @Test func detectsSemicolonDelimiter() {
        let table = CSVParser.parse("\"Name\";\"Status\"\n\"W3SVC\";\"Running, really\"\n")
        #expect(table.columnNames == ["Name", "Status"])
        #expect(table.rows.first?.fields == ["W3SVC", "Running, really"])
    }

    @Test func looksUpColumnsCaseInsensitively() throws {
        let table = CSVParser.parse("Name, state ,Name\nW3SVC,Running,ignored\nWAS\n")
        let row = try #require(table.rows.first)
        #expect(table.column(["StartMode", "STATE"]) == 1)
        #expect(table.value(of: ["name"], in: row) == "W3SVC")
        #expect(table.value(of: ["State"], in: table.rows[1]) == nil)
        #expect(table.fieldCountProblem(in: row) == nil)
        #expect(table.fieldCountProblem(in: table.rows[1])
            == "row has 1 of the header's 3 fields; the missing fields are taken as empty")
    }

    @Test func emptyTextHasNoHeader() {
        let table = CSVParser.parse("")
        #expect(table.header == nil)
        #expect(table.rows.isEmpty)
    }
}
