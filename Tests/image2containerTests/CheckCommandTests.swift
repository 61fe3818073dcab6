import Foundation
import Testing

/// The gate's exit codes: 0 passed, 1 findings at or above --fail-on, 2 usage or input error,
/// 3 internal error; waivers (active and expired) and baselines.
@Suite struct CheckCommandTests {
    static let orders = "examples/captures/orders-service-msmq"
    static let intranet = "examples/captures/intranet-aspnet48"
    static let date = ["--as-of", "2026-11-23"]

    static func check(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandRunner.Result {
        try CommandRunner.run(["check"] + arguments + date, environment: environment)
    }

    @Test func passesBelowTheThresholdAndFailsAtIt() throws {
        #expect(try Self.check([Self.intranet]).status == 0)
        #expect(try Self.check([Self.intranet, "--fail-on", "warning"]).status == 1)
        let orders = try Self.check([Self.orders])
        #expect(orders.status == 1)
        #expect(orders.stdout.contains("3 error, 6 warning, 11 info (0 suppressed); gate FAILED (--fail-on error)"))
        #expect(try Self.check([Self.orders, "--fail-on", "never"]).status == 0)
    }

    @Test func usageAndInputErrorsExitWithTwo() throws {
        #expect(try Self.check(["no/such/capture"]).status == 2)
        #expect(try Self.check([Self.intranet, "--fail-on", "sometimes"]).status == 2)
        #expect(try CommandRunner.run(["check", Self.intranet, "--as-of", "23.11.2026"]).status == 2)
        let host = try Self.check([Self.intranet, "--host", "ltsc2031"])
        #expect(host.status == 2)
        #expect(host.stderr.contains("ltsc2031"))
        #expect(try Self.check([Self.intranet, "--disable", "NO-SUCH-CHECK"]).status == 2)
    }

    @Test func anInvalidRuleIsRejectedWithFileAndLine() throws {
        let directory = try CommandRunner.temporaryDirectory()
        try """
            checks:
              - id: BROKEN-CHECK
                title: broken
                severity: fatal
            """.write(to: directory.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let result = try Self.check([Self.intranet, "--rules", directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.yaml:4: 'severity' must be one of error, warning, info; found 'fatal'"))
    }

    @Test func missingShippedRulesAreAnInternalError() throws {
        let result = try Self.check([Self.intranet], environment: ["IMAGE2CONTAINER_RULES": "/nonexistent"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("rules/ directory was not found"))
    }

    static func waivers(expiring date: String) throws -> String {
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent("waivers.yaml")
        try """
            waivers:
              - rule: MSMQ-WITH-GMSA
                workload: service-woodgrove*
                justification: Queues move to anonymous access in sprint 12.
                expires: \(date)
              - rule: SVC-INTERACTIVE
                workload: service-woodgrovenotifier
                justification: Notifier is rewritten without a desktop.
                expires: \(date)
              - rule: SVC-KERNEL-DRIVER
                justification: The USB licence key stays on the VM; the service gets a network licence.
                expires: \(date)
            """.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func activeWaiversSuppressAndExpiredOnesStopSuppressing() throws {
        let active = try Self.check([Self.orders, "--waivers", Self.waivers(expiring: "2027-06-30")])
        #expect(active.status == 0)
        #expect(active.stdout.contains("0 error, 6 warning, 11 info (3 suppressed); gate passed (--fail-on error)"))
        let expired = try Self.check([Self.orders, "--waivers", Self.waivers(expiring: "2026-10-31")])
        #expect(expired.status == 1)
        #expect(expired.stdout.contains("expired waiver: MSMQ-WITH-GMSA (workload 'service-woodgrove*') expired 2026-10-31"))
        #expect(expired.stdout.contains("3 error, 6 warning, 11 info (0 suppressed); gate FAILED"))
    }

    @Test func aBaselineFailsOnlyNewFindings() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let baseline = directory.appendingPathComponent("baseline.json")
        #expect(try Self.check([Self.orders, "--format", "json", "-o", baseline.path, "--fail-on", "never"]).status == 0)
        #expect(try Self.check([Self.orders, "--baseline", baseline.path]).status == 0)
        // Drop one error finding from the baseline: it is new again and fails the gate.
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: baseline)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        document["findings"] = findings.filter { $0["ruleID"] as? String != "SVC-KERNEL-DRIVER" }
        try JSONSerialization.data(withJSONObject: document).write(to: baseline)
        let result = try Self.check([Self.orders, "--baseline", baseline.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("1 error, 0 warning, 0 info (19 suppressed)"))
    }

    @Test func machineFormatsAreWritten() throws {
        let directory = try CommandRunner.temporaryDirectory()
        for format in ["json", "sarif", "junit", "assessment-xml"] {
            let file = directory.appendingPathComponent("out.\(format)")
            #expect(try Self.check([Self.intranet, "--format", format, "-o", file.path]).status == 0)
            #expect(try Data(contentsOf: file).count > 1000)
        }
    }

    @Test func rulesListExplainAndValidate() throws {
        let list = try CommandRunner.run(["rules", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count >= 60)
        let explain = try CommandRunner.run(["rules", "explain", "IIS-BINDING-NET-TCP"])
        #expect(explain.stdout.hasPrefix("IIS-BINDING-NET-TCP: "))
        #expect(try CommandRunner.run(["rules", "explain", "NOPE-NOPE"]).status == 2)
        let validate = try CommandRunner.run(["rules", "validate", "rules/checks"])
        #expect(validate.status == 0)
        #expect(validate.stdout.hasSuffix(" example failures\n"))
        #expect(validate.stdout.contains(", 0 example failures"))
    }
}
