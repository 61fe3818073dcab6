import Foundation
import ManifestReaders
import Testing

/// The registry reader against the real `.reg` files of the shared corpus.
@Suite struct RegFileReaderCorpusTests {
    /// What one corpus file holds (counted independently of the reader).
    struct Expectation: Sendable, CustomTestStringConvertible {
        var file: String
        var keys: Int
        var deletedKeys: Int
        var values: Int
        var deletedValues: Int
        var errorLines: [Int] = []

        var testDescription: String { file }
    }

    static let expectations: [Expectation] = [
        Expectation(file: "BurAndBY_irun2-mirror__semaphore_service.reg", keys: 2, deletedKeys: 0, values: 9, deletedValues: 0),
        Expectation(file: "Esysc_MDTtools__radmin.reg", keys: 3, deletedKeys: 0, values: 37, deletedValues: 0),
        Expectation(file: "Esysc_MDTtools__registry8.reg", keys: 12, deletedKeys: 0, values: 77, deletedValues: 0),
        Expectation(file: "Esysc_MDTtools__startupGpo.reg", keys: 12, deletedKeys: 0, values: 52, deletedValues: 0),
        Expectation(file: "HickerDicker_Version__HKCU.reg", keys: 44, deletedKeys: 8, values: 41, deletedValues: 0),
        Expectation(
            file: "HickerDicker_Version__HKLM.reg", keys: 162, deletedKeys: 0, values: 226, deletedValues: 12,
            errorLines: [235, 236, 237, 238, 242, 266, 267, 274]),
        Expectation(file: "MaxySpark_Docker-Windows-10-Home__backup.reg", keys: 1, deletedKeys: 0, values: 2, deletedValues: 0),
        Expectation(file: "garbage2garbage_Win10_Rollout__HKCU.reg", keys: 22, deletedKeys: 0, values: 36, deletedValues: 1),
        Expectation(file: "open-eid_minidriver__uninstall.reg", keys: 5, deletedKeys: 5, values: 0, deletedValues: 0),
        Expectation(file: "senteapressao_lunia31__CtrlUrl.reg", keys: 4, deletedKeys: 0, values: 3, deletedValues: 0),
        Expectation(file: "servo_ci-runners__windows10_software.reg", keys: 38, deletedKeys: 0, values: 38, deletedValues: 1),
        Expectation(file: "servo_ci-runners__windows10_system.reg", keys: 2, deletedKeys: 0, values: 2, deletedValues: 0),
        Expectation(file: "vadmium_etc__autorun.reg", keys: 1, deletedKeys: 0, values: 1, deletedValues: 0),
    ]

    static func read(_ name: String) -> ReadResult<[RegistryKey]> {
        RegFileReader().readAll(Fixtures.corpus("reg/\(name)"))
    }

    static func value(_ name: String, in keys: [RegistryKey]) -> RegistryValue? {
        keys.lazy.flatMap(\.values).first { $0.name == name }
    }

    @Test func everyCorpusFileIsExpected() throws {
        let names = try Fixtures.corpusFiles(in: "reg").map { $0.url.lastPathComponent }
        #expect(names == Self.expectations.map(\.file))
    }

    @Test(arguments: expectations) func counts(_ expected: Expectation) {
        let result = Self.read(expected.file)
        let values = result.value.flatMap(\.values)
        #expect(result.value.count == expected.keys)
        #expect(result.value.filter(\.isDeletion).count == expected.deletedKeys)
        #expect(values.count == expected.values)
        #expect(values.filter { $0.data == .deletion }.count == expected.deletedValues)
        #expect(result.diagnostics.map(\.location.line) == expected.errorLines)
        #expect(result.diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func brokenLinesOfHickerDickerHKLMAreReported() {
        let diagnostics = Self.read("HickerDicker_Version__HKLM.reg").diagnostics.map(\.description)
        let file = "reg/HickerDicker_Version__HKLM.reg"
        #expect(diagnostics[0] == "\(file):235: error: bad dword '4294967295': expected 1 to 8 hexadecimal digits after 'dword:'")
        #expect(diagnostics[4] == "\(file):242: error: bad dword '000000001': expected 1 to 8 hexadecimal digits after 'dword:'")
        #expect(diagnostics[5] == "\(file):266: error: unterminated string: expected a closing '\"' before the end of the line")
        #expect(diagnostics[6] == """
            \(file):267: error: malformed line: expected a '[key]' line, a '"name"=' or '@=' value, or a ';' comment
            """)
    }

    @Test func expandStringImagePathWithContinuationsInUTF16File() {
        let keys = Self.read("BurAndBY_irun2-mirror__semaphore_service.reg").value
        #expect(keys.map(\.path) == [
            "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\HttpSemaphore",
            "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\HttpSemaphore\\PythonClass",
        ])
        #expect(keys.map(\.line) == [3, 17])
        #expect(Self.value("ImagePath", in: keys) == RegistryValue(
            name: "ImagePath", data: .expandString("\"C:\\python27\\lib\\site-packages\\win32\\PythonService.exe\""),
            line: 7))
        #expect(Self.value("Type", in: keys) == RegistryValue(name: "Type", data: .dword(0x10), line: 4))
        #expect(Self.value("DisplayName", in: keys)?.line == 12)
        #expect(keys[1].values == [RegistryValue(name: "", data: .string("d:\\Semaphore\\semaphore.PySvc"), line: 18)])
    }

    @Test func continuedBinaryValue() {
        let keys = Self.read("Esysc_MDTtools__radmin.reg").value
        let text: [UInt8] = "10.0.205.228".utf8.flatMap { [$0, 0] }
        #expect(Self.value("ActivationConnectName", in: keys) == RegistryValue(
            name: "ActivationConnectName", data: .binary(text), line: 39))
        guard case .binary(let bytes)? = Self.value("DefaultConnectionSettings", in: Self.read(
            "garbage2garbage_Win10_Rollout__HKCU.reg").value)?.data
        else { Issue.record("DefaultConnectionSettings is not binary"); return }
        #expect(bytes.count == 56)
        #expect(bytes.prefix(8) == [0x46, 0, 0, 0, 3, 0, 0, 0])
    }

    @Test func qwordValues() {
        let system = Self.read("servo_ci-runners__windows10_system.reg").value
        #expect(system[0].path == "HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\TimeZoneInformation")
        #expect(system[0].values == [RegistryValue(name: "RealTimeIsUniversal", data: .qword(1), line: 7)])
        // A hex(b) value with 16 bytes is no QWORD: it is kept as raw bytes.
        let gpo = Self.read("Esysc_MDTtools__startupGpo.reg").value
        #expect(Self.value("ExecTime", in: gpo) == RegistryValue(
            name: "ExecTime", data: .other(type: 11, bytes: Array(repeating: 0, count: 16)), line: 15))
    }

    @Test func valueDeletions() {
        let keys = Self.read("servo_ci-runners__windows10_software.reg").value
        #expect(keys[0].values.last == RegistryValue(name: "AutoLogonCount", data: .deletion, line: 11))
        let rollout = Self.read("garbage2garbage_Win10_Rollout__HKCU.reg").value
        #expect(rollout[0].path == "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run")
        #expect(rollout[0].values == [RegistryValue(name: "OneDriveSetup", data: .deletion, line: 8)])
    }

    @Test func keyDeletionsInUTF16File() {
        let keys = Self.read("open-eid_minidriver__uninstall.reg").value
        #expect(keys.map(\.line) == [3, 5, 7, 9, 11])
        #expect(keys.allSatisfy { $0.isDeletion && $0.values.isEmpty })
        #expect(keys[4].path == """
            HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography\\Calais\\SmartCards\\EstEID National ID Card \
            (3.5 JavaCard cold ATR)
            """)
    }

    @Test func regedit4Dword() {
        let result = Self.read("vadmium_etc__autorun.reg")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == [RegistryKey(
            path: "HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\Explorer",
            values: [RegistryValue(name: "NoDriveTypeAutoRun", data: .dword(0xFF), line: 7)], line: 4)])
    }

    @Test func defaultValues() {
        let keys = Self.read("HickerDicker_Version__HKCU.reg").value
        let defaults = keys.flatMap(\.values).filter { $0.name.isEmpty }
        #expect(defaults.count == 14)
        #expect(defaults.first == RegistryValue(name: "", data: .string("PhotoViewer.FileAssoc.Tiff"), line: 26))
        #expect(defaults.last == RegistryValue(name: "", data: .string(""), line: 54))
        #expect(keys.filter(\.isDeletion).map(\.line) == Array(74...81))
    }

    @Test func currentVersionOfMaxySparkBackup() {
        let result = Self.read("MaxySpark_Docker-Windows-10-Home__backup.reg")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == [RegistryKey(
            path: "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion",
            values: [
                RegistryValue(name: "EditionID", data: .string("CoreSingleLanguage"), line: 4),
                RegistryValue(name: "ProductName", data: .string("Windows 10 Home Single Language"), line: 5),
            ], line: 3)])
    }

    @Test(arguments: expectations.map(\.file)) func recognizesEveryCorpusFile(_ file: String) throws {
        let sample = try #require(InputSample(url: Fixtures.corpus("reg/\(file)").url))
        #expect(RegFileReader.recognizes(sample))
    }
}
