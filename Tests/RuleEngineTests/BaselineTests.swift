import Foundation
import RuleEngine
import Testing

@Suite struct BaselineTests {
    static let findings = ["bb", "aa", "bb"].map {
        Finding(ruleID: "A-B", title: "t", severity: .error, category: .blocker, effort: 1, workload: nil,
                message: "m", remediation: "r", file: nil, line: nil, evidence: "e", fingerprint: $0)
    }

    @Test func writesSortedUniqueFingerprintsAndReadsThemBack() throws {
        let text = Baseline.write(findings: Self.findings)
        #expect(text == """
            {
              "version": 1,
              "fingerprints": [
                "aa",
                "bb"
              ]
            }

            """)
        #expect(Baseline.write(findings: []) == "{\n  \"version\": 1,\n  \"fingerprints\": []\n}\n")
        let baseline = try Baseline.load(json: Data(text.utf8), file: "out/baseline.json")
        #expect(baseline == Baseline(fileName: "baseline.json", fingerprints: ["aa", "bb"]))
    }

    @Test func readsAFindingsDocument() throws {
        let json = #"{"schemaVersion": 1, "findings": [{"ruleID": "A-B", "fingerprint": "cc"}, {"fingerprint": "dd"}]}"#
        #expect(try Baseline.load(json: Data(json.utf8), file: "findings.json").fingerprints == ["cc", "dd"])
    }

    @Test func marksBaselinedFindingsAsSuppressed() {
        let baseline = Baseline(fileName: "baseline.json", fingerprints: ["aa"])
        let waived = Suppression(kind: .waived, justification: "ok", expires: "2030-01-01")
        var findings = Self.findings
        findings.append(findings[1])
        findings[3].suppression = waived
        #expect(baseline.apply(to: findings).map(\.suppression) == [
            nil, Suppression(kind: .baselined, justification: "in baseline baseline.json"), nil, waived,
        ])
    }

    @Test func rejectsOtherDocuments() throws {
        func message(_ json: String) -> String? {
            do {
                _ = try Baseline.load(json: Data(json.utf8), file: "b.json")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(message(#"{"version": 2, "fingerprints": []}"#) == #"b.json: "version" must be 1"#)
        #expect(message(#"{"version": 1, "fingerprints": [1]}"#) == #"b.json: "fingerprints" must be a list of strings"#)
        #expect(message(#"{"findings": [{"id": "x"}]}"#)
            == #"b.json: "findings" must be a list of objects with a "fingerprint" string"#)
        #expect(message(#"["aa"]"#)
            == #"b.json: expected {"version": 1, "fingerprints": [...]} or a findings document with a "findings" list"#)
        #expect(message("{").map { $0.hasPrefix("b.json: invalid JSON: ") } == true)
        let directory = try TemporaryDirectory()
        try directory.write("b.json", #"{"version": 1, "fingerprints": ["ee"]}"#)
        #expect(try Baseline.load(file: directory.path("b.json")).fingerprints == ["ee"])
        #expect(throws: RuleLoadError.self) { try Baseline.load(file: directory.path("missing.json")) }
    }
}
