import RuleEngine
import Testing

@Suite struct WaiverSetTests {
    static func finding(_ rule: String, workload: String?, fingerprint: String) -> Finding {
        Finding(ruleID: rule, title: "t", severity: .error, category: .blocker, effort: 1, workload: workload,
                message: "m", remediation: "r", file: nil, line: nil, evidence: "e", fingerprint: fingerprint)
    }

    static let findings = [
        finding("IIS-AUTH-WINDOWS", workload: "site-intranet-hr", fingerprint: String(repeating: "1", count: 32)),
        finding("IIS-AUTH-WINDOWS", workload: "site-shop", fingerprint: String(repeating: "2", count: 32)),
        finding("IIS-AUTH-WINDOWS", workload: nil, fingerprint: String(repeating: "3", count: 32)),
        finding("SVC-DOMAIN-ACCOUNT", workload: "svc-orders", fingerprint: String(repeating: "4", count: 32)),
    ]

    @Test func activeWaiversSuppressWhatTheyCover() {
        let set = WaiverSet.load(yaml: """
            waivers:
              - rule: IIS-AUTH-WINDOWS
                workload: site-intranet-*
                justification: gMSA set up in OPS-123.
                expires: 2026-12-31
              - rule: SVC-DOMAIN-ACCOUNT
                fingerprint: "44444444444444444444444444444444"
                justification: Accepted.
                expires: "2026-11-23"
              - rule: IIS-AUTH-WINDOWS
                workload: "*"
                justification: Never matches the server.
                expires: 2027-01-01
              - rule: IIS-NO-SUCH
                justification: Stale.
                expires: 2030-01-01
            """, file: "waivers.yaml")
        #expect(set.errors.isEmpty)
        #expect(set.waivers.map(\.scope) == [
            "workload 'site-intranet-*'", "fingerprint 44444444444444444444444444444444", "workload '*'", "every finding",
        ])
        let result = set.apply(to: Self.findings, asOf: "2026-11-23")
        #expect(result.findings.map(\.suppression) == [
            Suppression(kind: .waived, justification: "gMSA set up in OPS-123.", expires: "2026-12-31"),
            Suppression(kind: .waived, justification: "Never matches the server.", expires: "2027-01-01"),
            nil,
            Suppression(kind: .waived, justification: "Accepted.", expires: "2026-11-23"),
        ])
        #expect(result.expired.isEmpty)
        #expect(result.unused.map(\.rule) == ["IIS-NO-SUCH"])
        #expect(result.unused.map(\.line) == [14])
    }

    @Test func expiredWaiversDoNotSuppressAndAreReported() {
        let set = WaiverSet.load(yaml: """
            waivers:
              - rule: IIS-AUTH-WINDOWS
                justification: Until the migration.
                expires: 2026-11-22
              - rule: SVC-OLD-RULE
                justification: Gone.
                expires: 2020-01-01
            """, file: "w.yaml")
        let result = set.apply(to: Self.findings, asOf: "2026-11-23")
        #expect(result.findings.allSatisfy { $0.suppression == nil })
        #expect(result.expired.map(\.description) == [
            "w.yaml:2: waiver of IIS-AUTH-WINDOWS (every finding) expired on 2026-11-22; it matches 3 findings",
            "w.yaml:5: waiver of SVC-OLD-RULE (every finding) expired on 2020-01-01; it matches 0 findings",
        ])
        #expect(result.unused.isEmpty)
    }

    @Test func anEarlierSuppressionIsKept() {
        var baselined = Self.findings[0]
        baselined.suppression = Suppression(kind: .baselined, justification: "in baseline b.json")
        let set = WaiverSet.load(yaml: "waivers: [{rule: IIS-AUTH-WINDOWS, justification: j, expires: 2030-01-01}]",
                                 file: "w.yaml")
        #expect(set.apply(to: [baselined], asOf: "2026-01-01").findings.map(\.suppression) == [baselined.suppression])
    }

    @Test func reportsInvalidWaiversWithFileAndLine() {
        let set = WaiverSet.load(yaml: """
            waivers:
              - rule: iis-auth
                justification: ""
                expires: 2026-02-30
                owner: me
              - rule: IIS-AUTH-WINDOWS
                fingerprint: ABC
                workload: ""
              - just a string
              - rule: IIS-AUTH-WINDOWS
                justification: ok
                expires: 2026-12-31
            """, file: "w.yaml")
        #expect(set.waivers.map(\.line) == [10])
        #expect(set.errors.map(\.description) == [
            "w.yaml:2: 'iis-auth' is not a valid check id; it must match ^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$",
            "w.yaml:3: 'justification' must not be empty",
            "w.yaml:4: 'expires' must be a date YYYY-MM-DD; found '2026-02-30'",
            "w.yaml:5: unknown field 'owner'",
            "w.yaml:6: missing required field 'justification'",
            "w.yaml:6: missing required field 'expires'",
            "w.yaml:7: 'fingerprint' must be 32 lower-case hex digits; found 'ABC'",
            "w.yaml:8: 'workload' must not be empty",
            "w.yaml:9: a waiver must be a mapping",
        ])
        #expect(WaiverSet.load(yaml: "waivers:\n", file: "w.yaml").errors.map(\.description) == ["w.yaml:1: 'waivers' must be a list"])
        #expect(WaiverSet.load(yaml: "checks: []", file: "w.yaml").errors.map(\.description)
            == ["w.yaml:1: unknown field 'checks'", "w.yaml:1: missing required field 'waivers'"])
    }

    @Test func loadsFilesAndReportsMissingOnes() throws {
        let directory = try TemporaryDirectory()
        try directory.write("w.yaml", "waivers:\n  - {rule: A-B, justification: j, expires: 2024-02-29}\n")
        #expect(WaiverSet.load(file: directory.path("w.yaml")).waivers.map(\.expires) == ["2024-02-29"])
        let missing = WaiverSet.load(file: directory.path("none.yaml"))
        #expect(missing.errors.map(\.file) == [directory.path("none.yaml")])
        #expect(missing.errors.first?.message.hasPrefix("cannot read the file: ") == true)
    }
}
