import Foundation
import Reports
import RuleEngine
import Testing

/// The summary from synthetic results: order independence, the blocker ranking, the verdict and
/// the JSON shape of counts.
@Suite struct FleetSummaryTests {
    static func server(_ name: String, findings: [(rule: String, category: CheckCategory)], failed: Bool = false) -> ServerResult {
        var report = SampleCheckReport.make(failed: failed)
        report.capture = name
        report.problems = []
        report.findings = findings.enumerated().map { index, finding in
            Finding(ruleID: finding.rule, title: "Title of \(finding.rule)", severity: .error, category: finding.category,
                    effort: 5, workload: "site-api", message: "m", remediation: "r", file: nil, line: nil, evidence: "e",
                    fingerprint: "\(name)-\(index)")
        }
        return .analysed(AnalysedServer(report: report, host: nil))
    }

    static let fleet: [ServerResult] = [
        server("web01", findings: [("B-ONE", .blocker), ("B-TWO", .blocker), ("B-TWO", .blocker)], failed: true),
        server("web02", findings: [("B-ONE", .blocker), ("C-CHANGE", .changeNeeded)], failed: true),
        server("web03", findings: [("B-ZERO", .blocker), ("R-REVIEW", .review)], failed: true),
        .failed(ServerFailure(capture: "web00", error: "broken")),
    ]

    @Test func ranksBlockersByFindingsThenByRule() {
        #expect(FleetSummary.build(from: Self.fleet).topBlockers == [
            FleetBlocker(ruleID: "B-ONE", title: "Title of B-ONE", findings: 2, servers: 2),
            FleetBlocker(ruleID: "B-TWO", title: "Title of B-TWO", findings: 2, servers: 1),
            FleetBlocker(ruleID: "B-ZERO", title: "Title of B-ZERO", findings: 1, servers: 1),
        ])
    }

    @Test func doesNotDependOnTheOrderOfResults() {
        let summary = FleetSummary.build(from: Self.fleet)
        #expect(FleetSummary.build(from: Self.fleet.reversed()) == summary)
        #expect(FleetSummary.build(from: [Self.fleet[2], Self.fleet[0], Self.fleet[3], Self.fleet[1]]) == summary)
        #expect(summary.servers.map(\.name) == ["web00", "web01", "web02", "web03"])
        #expect(summary.workloads.map { "\($0.server)/\($0.id)" }
            == ["web01/site-api", "web01/site-shop", "web02/site-api", "web02/site-shop", "web03/site-api", "web03/site-shop"])
    }

    @Test func sumsEffortByCategory() {
        let totals = FleetSummary.build(from: Self.fleet).totals
        #expect(totals.effort == 35)
        #expect(CheckCategory.allCases.map { totals.effortByCategory[$0] } == [25, 5, 5])
        #expect(Readiness.allCases.map { totals.serverReadiness[$0] } == [0, 0, 3])
    }

    @Test func decidesTheVerdict() {
        let passing = Self.server("web01", findings: [("C-CHANGE", .changeNeeded)])
        #expect(FleetSummary.build(from: [passing]).verdict == .passed)
        #expect(FleetSummary.build(from: [passing, Self.fleet[0]]).verdict == .gateFailed)
        #expect(FleetSummary.build(from: [passing, Self.fleet[3]]).verdict == .incomplete)
        let ruleError = AnalysedServer(report: SampleCheckReport.make(failed: false), host: nil)
        #expect(FleetSummary.build(from: [.analysed(ruleError)]).verdict == .incomplete)
    }

    @Test func writesEveryCountWithZeros() throws {
        var counts = Counts<Readiness>()
        counts[.blocked] += 2
        #expect(try JSONOutput.string(counts) == """
            {
              "blocked" : 2,
              "ready" : 0,
              "ready-with-changes" : 0
            }

            """)
        let decoded = try JSONDecoder().decode(FleetSummary.self, from: Data(JSONOutput.string(FleetSummary.build(from: Self.fleet)).utf8))
        #expect(decoded == FleetSummary.build(from: Self.fleet))
    }
}
