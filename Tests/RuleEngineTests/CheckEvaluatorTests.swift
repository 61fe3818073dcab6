import RuleEngine
import Testing

@Suite struct CheckEvaluatorTests {
    static let xml = """
        <assessment schemaVersion="1">
          <inventory capture="c">
            <features><feature name="Web-Ftp-Server" installed="true" file="features.csv" line="4"/></features>
          </inventory>
          <workloads>
            <workload id="site-b" kind="iisSite" name="B" file="iis/applicationHost.config" line="20">
              <site name="B" file="iis/applicationHost.config" line="21">
                <bindings>
                  <binding protocol="net.tcp" bindingInformation="808:*" file="iis/applicationHost.config" line="23"/>
                  <binding protocol="net.tcp" bindingInformation="808:*" file="iis/applicationHost.config" line="24"/>
                </bindings>
              </site>
              <requirements runtime="netfx"><port protocol="net.tcp" port="808"/></requirements>
            </workload>
            <workload id="site-a" kind="iisSite" name="A&#x85;" file="iis/applicationHost.config" line="10">
              <site name="A" file="iis/applicationHost.config" line="11">
                <bindings><binding protocol="net.tcp" bindingInformation="808:*" file="iis/applicationHost.config" line="13"/></bindings>
              </site>
            </workload>
          </workloads>
        </assessment>
        """

    static func evaluate(_ checks: [Check], _ xml: String = xml) throws -> Evaluation {
        CheckEvaluator(checks: checks).evaluate(try XPathDocument(xml: xml))
    }

    @Test func turnsSelectedNodesIntoFindings() throws {
        let check = try TestCheck.make(id: "IIS-NET-TCP", when: "//workload//binding[@protocol='net.tcp']",
                                       message: "'{ancestor::workload/@name}' binds {@bindingInformation}",
                                       remediation: "Publish {substring-before(@bindingInformation, ':')}.")
        let evaluation = try Self.evaluate([check])
        #expect(evaluation.ruleErrors.isEmpty)
        #expect(evaluation.findings.map(\.workload) == ["site-a", "site-b", "site-b"])
        #expect(evaluation.findings.map(\.line) == [13, 23, 24])
        #expect(evaluation.findings.map(\.file) == Array(repeating: "iis/applicationHost.config", count: 3))
        let first = try #require(evaluation.findings.first)
        #expect(first.ruleID == "IIS-NET-TCP")
        #expect(first.title == "A test check")
        #expect(first.severity == .warning)
        #expect(first.category == .review)
        #expect(first.effort == 1)
        #expect(first.message == "'A ' binds 808:*")
        #expect(first.remediation == "Publish 808.")
        #expect(first.evidence == #"binding protocol="net.tcp" bindingInformation="808:*""#)
        #expect(first.suppression == nil)
    }

    @Test func serverLevelNodesAttributesAndBooleansAreFindingsToo() throws {
        let feature = try TestCheck.make(id: "SRV-FTP", when: "/assessment/inventory/features/feature[@name='Web-Ftp-Server']")
        let attribute = try TestCheck.make(id: "REQ-PORT", when: "//requirements/port/@port")
        let boolean = try TestCheck.make(id: "SRV-MANY", when: "count(//workload) > 1", message: "{count(//workload)} workloads")
        let never = try TestCheck.make(id: "SRV-NONE", when: "count(//workload) > 5")
        let evaluation = try Self.evaluate([never, boolean, attribute, feature])
        #expect(evaluation.findings.map(\.ruleID) == ["REQ-PORT", "SRV-FTP", "SRV-MANY"])
        #expect(evaluation.findings.map(\.workload) == ["site-b", nil, nil])
        #expect(evaluation.findings.map(\.evidence) == [
            #"port protocol="net.tcp" port="808" @port="808""#, #"feature name="Web-Ftp-Server""#, "assessment",
        ])
        #expect(evaluation.findings.map(\.file) == ["iis/applicationHost.config", "features.csv", nil])
        #expect(evaluation.findings.map(\.line) == [20, 4, nil])
        #expect(evaluation.findings.last?.message == "2 workloads")
    }

    @Test func theDocumentNodeAndTextNodesStandForTheirElements() throws {
        let root = try TestCheck.make(id: "ROOT-NODE", when: "/")
        let text = try TestCheck.make(id: "TEXT-NODE", when: "//reason/text()")
        let xml = #"<assessment><workloads><workload id="w"><plan image="i" file="f" line="2"><reason>Why</reason></plan></workload></workloads></assessment>"#
        let findings = try Self.evaluate([root, text], xml).findings
        #expect(findings.map(\.evidence) == ["assessment", "reason"])
        #expect(findings.map(\.workload) == [nil, "w"])
        #expect(findings.map(\.line) == [nil, 2])
    }

    @Test func aFailingCheckIsARuleErrorAndTheOthersStillRun() throws {
        let broken = try TestCheck.make(id: "BROKEN-WHEN", when: "//site[no-such-function()]")
        let badTemplate = try TestCheck.make(id: "BROKEN-MESSAGE", when: "//site", message: "{$undefined}")
        let good = try TestCheck.make(id: "GOOD-CHECK", when: "//site")
        let evaluation = try Self.evaluate([broken, good, badTemplate])
        #expect(evaluation.findings.map(\.ruleID) == ["GOOD-CHECK", "GOOD-CHECK"])
        #expect(evaluation.ruleErrors.map(\.description) == [
            "BROKEN-MESSAGE: 'message' template failed: Undefined variable",
            "BROKEN-WHEN: 'when' failed: Unregistered function",
        ])
    }

    @Test func aDocumentThatDoesNotParseIsThrown() throws {
        #expect(throws: XPathDocument.Failure.self) { try Self.evaluate([], "<assessment>") }
    }

    @Test func fingerprintsAreStableHexAndIgnoreLineMoves() throws {
        let check = try TestCheck.make(id: "IIS-NET-TCP", when: "//binding")
        let before = try Self.evaluate([check]).findings
        let moved = "\n\n" + Self.xml
            .replacingOccurrences(of: "<bindings>", with: "<bindings>\n\n")
            .replacingOccurrences(of: #"line="23""#, with: #"line="40""#)
            .replacingOccurrences(of: #"line="13""#, with: #"line="3""#)
        let after = try Self.evaluate([check], moved).findings
        #expect(before.map(\.line) != after.map(\.line))
        #expect(Set(before.map(\.fingerprint)) == Set(after.map(\.fingerprint)))
        #expect(before.allSatisfy { $0.fingerprint.count == 32 && $0.fingerprint.allSatisfy { "0123456789abcdef".contains($0) } })
        #expect(Set(before.map(\.fingerprint)).count == 3, "identical nodes in one workload, and in two workloads, differ")
        #expect(before.first?.fingerprint == "e6375e41087f5d8de2c1d3c4a79784fc", "fingerprints never change between releases")
    }

    @Test func fingerprintsDependOnRuleWorkloadAndIdentity() throws {
        let first = try Self.evaluate([try TestCheck.make(id: "RULE-ONE", when: "//workload[@id='site-a']//binding")])
        let second = try Self.evaluate([try TestCheck.make(id: "RULE-TWO", when: "//workload[@id='site-a']//binding")])
        let renamed = try Self.evaluate([try TestCheck.make(id: "RULE-ONE", when: "//workload[@id='site-a']//binding")],
                                        Self.xml.replacingOccurrences(of: #"<site name="A""#, with: #"<site name="A2""#))
        let fingerprints = [first, second, renamed].compactMap { $0.findings.first?.fingerprint }
        #expect(Set(fingerprints).count == 3)
    }
}
