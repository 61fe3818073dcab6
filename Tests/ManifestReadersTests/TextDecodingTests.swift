import Foundation
import ManifestReaders
import Testing

@Suite struct TextDecodingTests {
    static func utf16LE(_ text: String, bom: Bool) -> Data {
        var data = Data(bom ? [0xFF, 0xFE] : [])
        for unit in text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        return data
    }

    @Test func detectsEncodingsWithAndWithoutByteOrderMarks() {
        #expect(TextEncodingDetector.detect(prefix: Data([0xEF, 0xBB, 0xBF, 0x41])) == .utf8)
        #expect(TextEncodingDetector.detect(prefix: Self.utf16LE("Name,State", bom: true)) == .utf16LE)
        #expect(TextEncodingDetector.detect(prefix: Self.utf16LE("Name,State", bom: false)) == .utf16LE)
        #expect(TextEncodingDetector.detect(prefix: Data([0xFE, 0xFF, 0x00, 0x41])) == .utf16BE)
        #expect(TextEncodingDetector.detect(prefix: Data("plain ascii".utf8)) == .utf8)
    }

    @Test func utf16WithCharactersWhoseLowByteIsZeroIsStillUTF16() {
        // U+0100 (Ā) and U+4E00 (一) put a zero in the even byte of their code unit.
        #expect(TextEncodingDetector.detect(prefix: Self.utf16LE("Ā service 一 running", bom: false)) == .utf16LE)
    }

    @Test func sampleKeepsTheFirstCharactersOfUTF16WithoutBOM() {
        let sample = InputSample(fileName: "Services.CSV", prefix: Self.utf16LE("Name,State\r\nW3SVC,Running", bom: false))
        #expect(sample.fileName == "services.csv")
        #expect(sample.encoding == .utf16LE)
        #expect(sample.text == "Name,State\r\nW3SVC,Running")
    }

    @Test func textFileSplitsEveryLineEndingAndFallsBackToANSI() throws {
        let mixed = try TextFile(data: Data("a\r\nb\nc\rd\n".utf8))
        #expect(mixed.lines == ["a", "b", "c", "d"])
        let ansi = try TextFile(data: Data([0x43, 0x61, 0x66, 0xE9]))  // "Café" in Windows-1252
        #expect(ansi.fellBackToANSI)
        #expect(ansi.text == "Café")
        let portableExecutableHeader: [UInt8] = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00]
        #expect(throws: TextFile.Failure.binary) { try TextFile(data: Data(portableExecutableHeader)) }
    }

    @Test(arguments: [
        ("", []), ("a", ["a"]), ("a\n", ["a"]), ("\n", [""]), ("a\r", ["a"]), ("\r\n\r\n", ["", ""]),
        ("a\r\nb\rc\n\nd", ["a", "b", "c", "", "d"]), ("\r\r\n", ["", ""]),
        ("Caf\u{E9}\r\n\u{1F600} x\u{2028}y\n", ["Caf\u{E9}", "\u{1F600} x\u{2028}y"]),
    ])
    func linesEndAtCRLFLFAndLoneCROnly(_ text: String, _ lines: [String]) throws {
        #expect(try TextFile(data: Data(text.utf8)).lines == lines)
    }
}
