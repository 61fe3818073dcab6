import Foundation
import ManifestReaders
import Testing

/// The registry reader on small files written by the tests: value types, encodings, errors.
@Suite struct RegFileReaderTests {
    static let header = "Windows Registry Editor Version 5.00\r\n\r\n"

    static func read(_ text: String, name: String = "test.reg") throws -> ReadResult<[RegistryKey]> {
        RegFileReader().readAll(try Fixtures.temporaryFile(named: name, text: text))
    }

    /// The data of the only value of a version 5 file holding `line` under one key.
    static func data(of line: String) throws -> RegistryData? {
        let result = try read(header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n" + line + "\r\n")
        #expect(result.diagnostics.isEmpty)
        return result.value.first?.values.first?.data
    }

    /// `text` as UTF-16LE bytes.
    static func utf16LE(_ text: String) -> Data {
        Data(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    }

    /// `text` as comma-separated hex bytes of its UTF-16LE form plus a terminating NUL.
    static func hexUTF16(_ text: String) -> String {
        (utf16LE(text) + [0, 0]).map { String(format: "%02x", $0) }.joined(separator: ",")
    }

    // MARK: Value types

    @Test func stringWithEscapedQuotesAndBackslashes() throws {
        #expect(try Self.data(of: #""Path"="C:\\Program Files\\\"App\"\\""#) == .string(#"C:\Program Files\"App"\"#))
        #expect(try Self.data(of: #""Other"="a\tb""#) == .string(#"a\tb"#))
        #expect(try Self.data(of: #""Empty"="""#) == .string(""))
    }

    @Test func valueNamesWithEqualsSignsAndEscapedQuotes() throws {
        let result = try Self.read(
            Self.header + "[HKEY_CURRENT_USER\\Test]\n" + #""a=b"="x=y""# + "\n" + #""say \"hi\" \\ there"=dword:1"# + "\n"
                + "@=\"default\"\n" + #""spaced" = "value""# + "\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value.first?.values == [
            RegistryValue(name: "a=b", data: .string("x=y"), line: 4),
            RegistryValue(name: #"say "hi" \ there"#, data: .dword(1), line: 5),
            RegistryValue(name: "", data: .string("default"), line: 6),
            RegistryValue(name: "spaced", data: .string("value"), line: 7),
        ])
    }

    @Test func dwords() throws {
        #expect(try Self.data(of: #""a"=dword:0000abcd"#) == .dword(0xABCD))
        #expect(try Self.data(of: #""a"=DWORD:FFFFFFFF"#) == .dword(0xFFFF_FFFF))
        #expect(try Self.data(of: #""a"=hex(4):01,02,03,04"#) == .dword(0x0403_0201))
        #expect(try Self.data(of: #""a"=hex(5):01,02,03,04"#) == .dword(0x0102_0304))
        #expect(try Self.data(of: #""a"=hex(4):01,02,03"#) == .other(type: 4, bytes: [1, 2, 3]))
    }

    @Test func qwords() throws {
        #expect(try Self.data(of: #""a"=hex(b):01,02,03,04,05,06,07,08"#) == .qword(0x0807_0605_0403_0201))
        #expect(try Self.data(of: #""a"=hex(B):ff,ff,ff,ff,ff,ff,ff,ff"#) == .qword(.max))
    }

    @Test func binaryAndOtherTypes() throws {
        #expect(try Self.data(of: #""a"=hex:de,ad,BE,ef"#) == .binary([0xDE, 0xAD, 0xBE, 0xEF]))
        #expect(try Self.data(of: #""a"=hex(3):00"#) == .binary([0]))
        #expect(try Self.data(of: #""a"=hex:"#) == .binary([]))
        #expect(try Self.data(of: #""a"=hex(0):01,02"#) == .untyped([1, 2]))
        #expect(try Self.data(of: #""a"=hex(0):"#) == .untyped([]))
        #expect(try Self.data(of: #""a"=hex(6):41,00"#) == .other(type: 6, bytes: [0x41, 0]))
        #expect(try Self.data(of: #""a"=hex(100000):0a"#) == .other(type: 0x100000, bytes: [0x0A]))
        #expect(try Self.data(of: #""a"=hex: 01 , 2,03,"#) == .binary([1, 2, 3]))
    }

    @Test func deletionValue() throws {
        #expect(try Self.data(of: #""a"=-"#) == .deletion)
    }

    @Test func expandStringDecodedFromUTF16() throws {
        let hex = Self.hexUTF16("%SystemRoot%\\system32\\svchost.exe -k netsvcs")
        #expect(try Self.data(of: "\"ImagePath\"=hex(2):\(hex)") == .expandString(#"%SystemRoot%\system32\svchost.exe -k netsvcs"#))
        #expect(try Self.data(of: "\"a\"=hex(2):\(Self.hexUTF16("Ünïcødé €"))") == .expandString("Ünïcødé €"))
        #expect(try Self.data(of: "\"a\"=hex(2):00,00") == .expandString(""))
        #expect(try Self.data(of: "\"a\"=hex(1):\(Self.hexUTF16("plain"))") == .string("plain"))
    }

    @Test func multiStringDecodedFromUTF16() throws {
        let bytes = Self.utf16LE("RpcSs\0Tcpip\0\0").map { String(format: "%02x", $0) }.joined(separator: ",")
        #expect(try Self.data(of: "\"DependOnService\"=hex(7):\(bytes)") == .multiString(["RpcSs", "Tcpip"]))
        #expect(try Self.data(of: "\"a\"=hex(7):00,00") == .multiString([]))
        #expect(try Self.data(of: "\"a\"=hex(7):61,00") == .multiString(["a"]))
    }

    @Test func continuationLines() throws {
        let hex = Self.hexUTF16("C:\\Program Files\\App\\app.exe").split(separator: ",")
        let wrapped = stride(from: 0, to: hex.count, by: 20)
            .map { hex[$0..<min($0 + 20, hex.count)].joined(separator: ",") }
            .joined(separator: ",\\\r\n    ")
        let result = try Self.read(
            Self.header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"Path\"=hex(2):\(wrapped)\r\n\"Next\"=dword:2\r\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value.first?.values == [
            RegistryValue(name: "Path", data: .expandString(#"C:\Program Files\App\app.exe"#), line: 4),
            RegistryValue(name: "Next", data: .dword(2), line: 7),
        ])
    }

    @Test func continuationEndedByTheNextValueOrKey() throws {
        let result = try Self.read(Self.header + "[HKEY_CURRENT_USER\\A]\n\"a\"=hex:01,\\\n\"b\"=hex:02,\\\n[HKEY_CURRENT_USER\\B]\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value.map(\.path) == ["HKEY_CURRENT_USER\\A", "HKEY_CURRENT_USER\\B"])
        #expect(result.value.first?.values.map(\.data) == [.binary([1]), .binary([2])])
    }

    @Test func regedit4TextIsANSI() throws {
        var bytes = Data("REGEDIT4\r\n\r\n[HKEY_CURRENT_USER\\Test]\r\n\"Name\"=\"caf".utf8)
        bytes += [0xE9, 0x80] + Data("\"\r\n\"Expand\"=hex(2):25,41,80,25,00\r\n\"Multi\"=hex(7):61,00,e9,00,00\r\n".utf8)
        let result = RegFileReader().readAll(try Fixtures.temporaryFile(named: "ansi.reg", bytes: bytes))
        #expect(result.diagnostics.isEmpty)
        #expect(result.value.first?.values.map(\.data) == [
            .string("café€"), .expandString("%A€%"), .multiString(["a", "é"]),
        ])
    }

    // MARK: Keys

    @Test func keysAndKeyDeletions() throws {
        let result = try Self.read(
            Self.header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\A]\r\n\"x\"=\"1\"\r\n[-HKEY_LOCAL_MACHINE\\SOFTWARE\\B]\r\n"
                + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\C] \r\n\r\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == [
            RegistryKey(path: "HKEY_LOCAL_MACHINE\\SOFTWARE\\A", values: [RegistryValue(name: "x", data: .string("1"), line: 4)], line: 3),
            RegistryKey(path: "HKEY_LOCAL_MACHINE\\SOFTWARE\\B", isDeletion: true, line: 5),
            RegistryKey(path: "HKEY_LOCAL_MACHINE\\SOFTWARE\\C", line: 6),
        ])
        #expect(result.value[2].name == "C")
    }

    @Test func commentsBlankLinesAndARepeatedHeader() throws {
        let result = try Self.read(
            "\n" + Self.header + "; comment\r\n# also a comment\r\n[HKEY_CURRENT_USER\\A]\r\n  ; indented\r\n\"a\"=dword:1\r\n"
                + "\r\nWindows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\B]\r\n\"b\"=dword:2\r\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value.map(\.path) == ["HKEY_CURRENT_USER\\A", "HKEY_CURRENT_USER\\B"])
        #expect(result.value.map(\.line) == [6, 11])
        #expect(result.value.flatMap(\.values).map(\.line) == [8, 12])
    }

    // MARK: Encodings and line ends

    static let sampleText = """
        Windows Registry Editor Version 5.00

        [HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Café]
        "Name"="Zürich 😀"
        "Path"=hex(2):43,00,3a,00,5c,00,\\
          00,00
        @=dword:00000010

        """

    static let sampleKeys = [
        RegistryKey(
            path: "HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Café",
            values: [
                RegistryValue(name: "Name", data: .string("Zürich 😀"), line: 4),
                RegistryValue(name: "Path", data: .expandString("C:\\"), line: 5),
                RegistryValue(name: "", data: .dword(0x10), line: 7),
            ], line: 3),
    ]

    @Test(arguments: ["\n", "\r\n", "\r"]) func lineEnds(_ lineEnd: String) throws {
        let text = Self.sampleText.replacingOccurrences(of: "\n", with: lineEnd)
        let result = RegFileReader().readAll(try Fixtures.temporaryFile(named: "ends.reg", bytes: Data(text.utf8)))
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == Self.sampleKeys)
    }

    @Test func utf16LittleEndianWithBOM() throws {
        let bytes = Data([0xFF, 0xFE]) + Self.utf16LE(Self.sampleText.replacingOccurrences(of: "\n", with: "\r\n"))
        let file = try Fixtures.temporaryFile(named: "utf16.reg", bytes: bytes)
        let result = RegFileReader().readAll(file)
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == Self.sampleKeys)
        #expect(RegFileReader.recognizes(try #require(InputSample(url: file.url))))
    }

    @Test func utf16BigEndianAndUTF8WithBOM() throws {
        let bigEndian = Data([0xFE, 0xFF]) + Data(Self.sampleText.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(RegFileReader().readAll(try Fixtures.temporaryFile(named: "be.reg", bytes: bigEndian)).value == Self.sampleKeys)
        let utf8 = Data([0xEF, 0xBB, 0xBF]) + Data(Self.sampleText.utf8)
        #expect(RegFileReader().readAll(try Fixtures.temporaryFile(named: "bom.reg", bytes: utf8)).value == Self.sampleKeys)
    }

    @Test func lineNotValidUTF8IsReadAsWindows1252() throws {
        var bytes = Data((Self.header + "[HKEY_CURRENT_USER\\A]\r\n\"n\"=\"").utf8)
        bytes += [0x93, 0x71, 0x94] + Data("\"\r\n\"u\"=\"\u{2019}\"\r\n".utf8)
        let result = RegFileReader().readAll(try Fixtures.temporaryFile(named: "mixed.reg", bytes: bytes))
        #expect(result.value.first?.values.map(\.data) == [.string("\u{201C}q\u{201D}"), .string("\u{2019}")])
    }

    /// A surrogate pair and a CRLF split by the reader's chunk boundary (2 MiB).
    @Test func textSplitAcrossChunks() throws {
        let chunkUnits = (2 << 20) / 2
        let prefix = "\u{FEFF}" + Self.header + "[HKEY_CURRENT_USER\\A]\r\n\"pad\"=\""
        let padding = String(repeating: "x", count: chunkUnits - prefix.utf16.count - 1)
        let text = prefix + padding + "😀\"\r\n\"b\"=\"" + String(repeating: "y", count: chunkUnits - 8) + "\"\r\n\"c\"=dword:3\r\n"
        let result = RegFileReader().readAll(try Fixtures.temporaryFile(named: "chunks.reg", bytes: Self.utf16LE(text)))
        #expect(result.diagnostics.isEmpty)
        let values = try #require(result.value.first?.values)
        #expect(values.map(\.name) == ["pad", "b", "c"])
        #expect(values.map(\.line) == [4, 5, 6])
        #expect(values[0].data.text?.hasSuffix("x😀") == true)
    }

    // MARK: Errors

    static func diagnostics(_ body: String) throws -> [String] {
        try read(header + body, name: "bad.reg").diagnostics.map(\.description)
    }

    @Test func unterminatedString() throws {
        let result = try Self.read(
            Self.header + "[HKEY_CURRENT_USER\\A]\r\n\"a\"=\"no end\r\n\"b\"=\"ok\"\r\n\"c=x\r\n", name: "bad.reg")
        #expect(result.diagnostics.map(\.description) == [
            "bad.reg:4: error: unterminated string: expected a closing '\"' before the end of the line",
            "bad.reg:6: error: unterminated string: expected a closing '\"' before the end of the line",
        ])
        #expect(result.value.first?.values == [RegistryValue(name: "b", data: .string("ok"), line: 5)])
    }

    @Test func badHexByteSkipsTheValueAndItsContinuationLines() throws {
        let result = try Self.read(
            Self.header + "[HKEY_CURRENT_USER\\A]\r\n\"a\"=hex:01,zz,\\\r\n  02,03\r\n\"b\"=hex:01,\\\r\n  0g1\r\n\"c\"=hex:0,,1\r\n"
                + "\"d\"=hex:123\r\n\"e\"=hex:01 02\r\n\"f\"=dword:1\r\n", name: "bad.reg")
        #expect(result.diagnostics.map(\.description) == [
            "bad.reg:4: error: bad hex byte 'zz': expected two hexadecimal digits between commas",
            "bad.reg:7: error: bad hex byte '0g1': expected two hexadecimal digits between commas",
            "bad.reg:8: error: bad hex byte '': expected two hexadecimal digits between commas",
            "bad.reg:9: error: bad hex byte '123': expected two hexadecimal digits between commas",
            "bad.reg:10: error: bad hex byte '01 02': expected two hexadecimal digits between commas",
        ])
        #expect(result.value.first?.values == [RegistryValue(name: "f", data: .dword(1), line: 11)])
    }

    @Test func unknownTypeAndBadDword() throws {
        #expect(try Self.diagnostics("[HKEY_CURRENT_USER\\A]\r\n\"a\"=qword:1\r\n\"b\"=hex(zz):01\r\n\"c\"=\r\n\"d\"=dword:123456789\r\n\"e\"=dword:\r\n") == [
            "bad.reg:4: error: unknown value type 'qword': expected a quoted string, 'dword:', 'hex:' or 'hex(N):'",
            "bad.reg:5: error: unknown value type 'hex(zz)': expected a quoted string, 'dword:', 'hex:' or 'hex(N):'",
            "bad.reg:6: error: unknown value type '': expected a quoted string, 'dword:', 'hex:' or 'hex(N):'",
            "bad.reg:7: error: bad dword '123456789': expected 1 to 8 hexadecimal digits after 'dword:'",
            "bad.reg:8: error: bad dword '': expected 1 to 8 hexadecimal digits after 'dword:'",
        ])
    }

    @Test func malformedValueLines() throws {
        #expect(try Self.diagnostics("[HKEY_CURRENT_USER\\A]\r\n\"a\" \"b\"\r\n\"c\"=\"d\" trailing\r\n@ \"e\"\r\nname=\"x\"\r\n") == [
            "bad.reg:4: error: malformed value: expected '=' after the value name",
            "bad.reg:5: error: unexpected text after the closing '\"' of the string",
            "bad.reg:6: error: malformed value: expected '=' after the value name",
            "bad.reg:7: error: malformed line: expected a '[key]' line, a '\"name\"=' or '@=' value, or a ';' comment",
        ])
    }

    @Test func valuesOutsideKeysAndUnderDeletedOrMalformedKeys() throws {
        let result = try Self.read(
            Self.header + "\"early\"=dword:1\r\n[-HKEY_CURRENT_USER\\Gone]\r\n\"x\"=dword:2\r\n[HKEY_CURRENT_USER\\Broken\r\n"
                + "\"y\"=dword:3\r\n[]\r\n[HKEY_CURRENT_USER\\Fine]\r\n\"z\"=dword:4\r\n", name: "bad.reg")
        #expect(result.diagnostics.map(\.description) == [
            "bad.reg:3: error: value outside any key: expected a '[key]' line before it",
            "bad.reg:5: warning: value under a deleted key '[-...]' is ignored",
            "bad.reg:6: error: malformed key line: expected ']' at the end of the line",
            "bad.reg:8: error: malformed key line: the key path is empty",
        ])
        #expect(result.value == [
            RegistryKey(path: "HKEY_CURRENT_USER\\Gone", isDeletion: true, line: 4),
            RegistryKey(path: "HKEY_CURRENT_USER\\Fine", values: [RegistryValue(name: "z", data: .dword(4), line: 10)], line: 9),
        ])
    }

    @Test func badHeaderStopsReading() throws {
        let result = try Self.read("Windows Registry Editor Version 4.00\r\n[HKEY_CURRENT_USER\\A]\r\n\"a\"=\"\r\n", name: "bad.reg")
        #expect(result.diagnostics.map(\.description) == [
            "bad.reg:1: error: not a registry export: expected 'Windows Registry Editor Version 5.00' or 'REGEDIT4' on the first line",
        ])
        #expect(result.value.isEmpty)
        #expect(try Self.read("", name: "empty.reg").diagnostics.map(\.description) == [
            "empty.reg:1: error: not a registry export: expected 'Windows Registry Editor Version 5.00' or 'REGEDIT4' on the first line",
        ])
    }

    @Test func missingFileAndSizeLimit() throws {
        let missing = CaptureFile(path: "gone.reg", url: URL(fileURLWithPath: "/nonexistent/gone.reg"))
        #expect(RegFileReader().read(missing) { _ in }.map(\.description) == ["gone.reg: error: cannot read the file: no such file"])
        let file = try Fixtures.temporaryFile(named: "big.reg", text: Self.header)
        let diagnostics = RegFileReader(limits: InputLimits(maxRegistryFileBytes: 10)).read(file) { _ in }
        #expect(diagnostics.map(\.description) == [
            "big.reg: error: file is 40 bytes, larger than the 10-byte limit for this kind of input",
        ])
    }

    @Test func overlongLineIsSkipped() throws {
        let long = "\"big\"=\"" + String(repeating: "a", count: (16 << 20) + 1) + "\"\r\n"
        let result = try Self.read(Self.header + "[HKEY_CURRENT_USER\\A]\r\n" + long + "\"after\"=dword:1\r\n", name: "long.reg")
        #expect(result.diagnostics.map(\.description) == ["long.reg:4: error: line is longer than 16777216 bytes; skipped"])
        #expect(result.value.first?.values == [RegistryValue(name: "after", data: .dword(1), line: 5)])
    }

    // MARK: Recognition

    @Test func recognizesBothHeaders() {
        let sample = { (text: String) in InputSample(fileName: "x.reg", prefix: Data(text.utf8)) }
        #expect(RegFileReader.recognizes(sample("Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\A]")))
        #expect(RegFileReader.recognizes(sample("\r\n\r\nREGEDIT4  \r\n")))
        #expect(RegFileReader.recognizes(sample("REGEDIT4")))
        #expect(!RegFileReader.recognizes(sample("REGEDIT5\r\n")))
        #expect(!RegFileReader.recognizes(sample("; Windows Registry Editor Version 5.00\r\n")))
        #expect(!RegFileReader.recognizes(sample("<configuration/>")))
    }
}
