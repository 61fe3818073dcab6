import Analyzer
import RuleEngine

/// Writes a `CheckReport` as JUnit XML (Azure DevOps, Jenkins, GitLab): one test suite per workload
/// (plus "server" for server-level findings), one test case per check in each. A case fails when the
/// check has active findings for that workload, is skipped when all of them are suppressed, and
/// passes otherwise.
public enum JUnitEmitter {
    public static func render(_ report: CheckReport) -> String {
        var writer = XMLWriter()
        let suites = [("server", "(server)")] + report.workloads.map { ($0.id, $0.name) }
        var totals = (tests: 0, failures: 0, skipped: 0)
        var bodies: [(id: String, name: String, cases: [Case])] = []
        let findingsBySuite = Dictionary(grouping: report.findings) { $0.workload ?? "server" }
        for (id, name) in suites {
            let findingsByRule = Dictionary(grouping: findingsBySuite[id] ?? [], by: \.ruleID)
            let cases = report.rules.map { rule in Case(rule: rule, findings: findingsByRule[rule.id] ?? []) }
            totals.tests += cases.count
            totals.failures += cases.filter(\.failed).count
            totals.skipped += cases.filter(\.skipped).count
            bodies.append((id, name, cases))
        }
        writer.open("testsuites", [
            ("name", "image2container \(report.capture)"), ("tests", String(totals.tests)),
            ("failures", String(totals.failures)), ("errors", String(report.problems.count)),
            ("skipped", String(totals.skipped)),
        ])
        for body in bodies {
            writer.open("testsuite", [
                ("name", body.id), ("tests", String(body.cases.count)),
                ("failures", String(body.cases.filter(\.failed).count)), ("errors", "0"),
                ("skipped", String(body.cases.filter(\.skipped).count)),
            ])
            writer.empty("properties")
            for testCase in body.cases { write(testCase, suite: body.id, to: &writer) }
            writer.close()
        }
        writer.close()
        return writer.document
    }

    private struct Case {
        var rule: RuleSummary
        var findings: [Finding]

        var active: [Finding] { findings.filter { $0.suppression == nil } }
        var failed: Bool { !active.isEmpty }
        var skipped: Bool { !findings.isEmpty && active.isEmpty }
    }

    private static func write(_ testCase: Case, suite: String, to writer: inout XMLWriter) {
        let attributes: [XMLWriter.Attribute] = [
            ("name", "\(testCase.rule.id): \(testCase.rule.title)"), ("classname", "image2container.\(suite)"),
        ]
        guard testCase.failed || testCase.skipped else {
            writer.empty("testcase", attributes)
            return
        }
        writer.open("testcase", attributes)
        if testCase.failed {
            let lines = testCase.active.map { finding in
                let place = finding.file.map { file in finding.line.map { "\(file):\($0)" } ?? file } ?? ""
                return "\(place) \(finding.message)\nRemediation: \(finding.remediation)"
            }
            writer.text("failure", lines.joined(separator: "\n\n"), [
                ("message", testCase.active[0].message), ("type", testCase.rule.severity.rawValue),
            ])
        } else {
            let why = testCase.findings.compactMap(\.suppression).map { "\($0.kind.rawValue): \($0.justification)" }
            writer.empty("skipped", [("message", why.joined(separator: "; "))])
        }
        writer.close()
    }
}
