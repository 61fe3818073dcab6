import Foundation
import Reports
import Testing

@Suite struct SarifEmitterTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schema = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")

    /// Validates `sarif` against the OASIS SARIF 2.1.0 schema with Python's jsonschema (installed by
    /// scripts/ensure-deps); returns the validator's complaints, empty when valid.
    static func schemaErrors(_ sarif: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("i2c-\(UUID().uuidString).sarif")
        try sarif.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            doc = json.load(open(sys.argv[2]))
            errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(doc), key=str)
            print("\\n".join(e.message + " at " + "/".join(map(str, e.path)) for e in errors))
            """, schema.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 with jsonschema must be available (scripts/ensure-deps)")
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func validatesAgainstTheSarifSchema() throws {
        let sarif = try SarifEmitter.render(SampleCheckReport.make())
        #expect(try Self.schemaErrors(sarif) == "")
    }

    @Test func theValidatorCatchesAnInvalidDocument() throws {
        #expect(try Self.schemaErrors(#"{"version": "2.1.0", "runs": [{"results": []}]}"#).contains("'tool' is a required property"))
    }

    @Test func everyResultHasAPhysicalLocationFingerprintAndSuppressions() throws {
        let sarif = try SarifEmitter.render(SampleCheckReport.make())
        let json = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 4)
        for result in results {
            let locations = try #require(result["locations"] as? [[String: Any]])
            #expect(locations.first?["physicalLocation"] != nil)
            #expect((result["partialFingerprints"] as? [String: String])?[SarifEmitter.fingerprintKey]?.count == 32)
        }
        let physical = try #require((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: String])?["uri"] == "iis/application%20Host.config")
        #expect((physical["region"] as? [String: Int])?["startLine"] == 233)
        #expect((results[1]["suppressions"] as? [[String: String]])?.first?["justification"] == "gMSA requested (until 2027-03-31)")
        #expect(results[2]["baselineState"] as? String == "unchanged")
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["IIS-BINDING-NET-TCP", "ROLE-AD-DS", "ID-DOMAIN-POOL"])
        #expect(rules[0]["helpUri"] as? String == "https://learn.microsoft.com/a")
        #expect(try SarifEmitter.render(SampleCheckReport.make()) == sarif)
    }
}
