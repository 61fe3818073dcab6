import Analyzer
import Foundation
import ManifestReaders
@testable import RuleEngine
import Testing

/// Which `when`s run workload by workload, and that doing so selects exactly what a whole-document
/// query selects.
@Suite struct WorkloadLocalQueryTests {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: [
        ("/assessment/workloads/workload[@kind='iis-site' and requirements/port]",
         "self::workload[@kind='iis-site' and requirements/port]"),
        ("/assessment/workloads/workload/requirements/port[@number = '80'][1]",
         "self::workload/requirements/port[@number = '80'][1]"),
        ("  /assessment/workloads/workload[requirements/feature\n  and @kind='iis-site']  ",
         "self::workload[requirements/feature\n  and @kind='iis-site']"),
        ("/assessment/workloads/workload[not(plan/candidate)]", "self::workload[not(plan/candidate)]"),
        ("/assessment/workloads/workload[@name = 'a|b..c' or @id = \"position()\"]",
         "self::workload[@name = 'a|b..c' or @id = \"position()\"]"),
        ("/assessment/workloads/workload[requirements/*]//identity[@domain='true']",
         "self::workload[requirements/*]//identity[@domain='true']"),
        ("/assessment/workloads/workload", "self::workload"),
        ("/assessment/workloads/workload[parent/@id = 'last']/position", "self::workload[parent/@id = 'last']/position"),
    ])
    func recognisesQueriesThatStayInOneWorkload(_ when: String, _ relative: String) {
        #expect(WorkloadLocalQuery(when)?.relative == relative)
    }

    @Test(arguments: [
        "/assessment/inventory/features/feature[@installed='true']",
        "/assessment/workloads/workloadx[@a]",
        "/assessment/workloads/workload[1]",
        "/assessment/workloads/workload[count(requirements/port)]",
        "/assessment/workloads/workload[@weight - 1]",
        "/assessment/workloads/workload[@a*2]",
        "/assessment/workloads/workload[$limit]",
        "/assessment/workloads/workload[text()]",
        "/assessment/workloads/workload[last()]/requirements",
        "/assessment/workloads/workload[requirements/port[last ()]]",
        "/assessment/workloads/workload/requirements/ancestor :: assessment",
        "/assessment/workloads/workload/requirements/port[position() = 1]",
        "/assessment/workloads/workload/site | /assessment/inventory/iis",
        "/assessment/workloads/workload[../workload[2]]",
        "/assessment/workloads/workload[preceding-sibling::workload/@name = @name]",
        "/assessment/workloads/workload/requirements/parent::workload",
        "/assessment/workloads/workload/requirements/ancestor::assessment",
        "/assessment/workloads/workload/following::feature",
        "/assessment/workloads/workload[id('x')]",
        "/assessment/workloads/workload[@a = '1]",
        "(/assessment/workloads/workload)[1]",
        "/assessment/workloads/workload/site or true()",
        "/assessment/workloads/workload/requirements/port/@number = 80",
        "/assessment/workloads/workload [requirements]",
        "/assessment/workloads/workload/site/text()",
        "/assessment/workloads/workload/requirements/port/@number+1",
        // After `]`, `*` or `.` libxml2 reads `-`, `div`, `mod`, `and`, `or` as operators.
        "/assessment/workloads/workload/requirements/port/@number[1]-1",
        "/assessment/workloads/workload/requirements/port/@number[1]div80",
        "/assessment/workloads/workload[@id]or/assessment",
        "/assessment/workloads/workload/requirements/port/@number[.]-80",
        "/assessment/workloads/workload[requirements/port/@number[1]-79]",
        "/assessment/workloads/workload[requirements/port[1]/@number[.]-78]",
        "/assessment/workloads/workload/*div1",
        "/assessment/workloads/workload/.div3",
        // A quote joined with a combining mark or a prepended character is still a quote to XPath.
        "/assessment/workloads/workload[@name='\u{301}' or position() = 1 or @name='\u{301}']",
        "/assessment/workloads/workload[@name = 'a\u{600}' or position() = 1 or @name = 'b\u{600}']",
        "/assessment/workloads/workload[@name='\u{301}' or true()]/requirements | /assessment/workloads[@a='\u{301}' or true()]",
        "/assessment/workloads/workload[@name='\u{301}' or true()]/ancestor::*[@x='\u{301}' or true()]",
        "/assessment/workloads/workload[n\u{E4}me]",
    ])
    func turnsDownQueriesThatCouldLeaveAWorkloadOrCountPositions(_ when: String) {
        #expect(WorkloadLocalQuery(when) == nil)
    }

    /// A query that fails on a workload gives the error the whole-document query gives, not the
    /// first one met workload by workload.
    @Test func aFailingQueryReportsTheWholeDocumentsError() throws {
        let xml = """
            <assessment><workloads>
              <workload id="a" kind="iis-site"><requirements/></workload>
              <workload id="b" kind="windows-service"><requirements/></workload>
            </workloads></assessment>
            """
        let when = "/assessment/workloads/workload[@kind != 'windows-service' or count('x') = 0]/requirements[nofn()]"
        #expect(WorkloadLocalQuery(when) != nil)
        let document = try XPathDocument(xml: xml)
        var whole: XPathDocument.Failure?
        do { _ = try document.nodes(matching: when) } catch { whole = error }
        let check = try TestCheck.make(id: "T-1", when: when)
        let selected = CheckSelection.nodes(of: [check], local: [WorkloadLocalQuery(when)], in: document)
        #expect(throws: try #require(whole)) { try selected[0].get() }
    }

    /// 99 of the 104 shipped checks that select workloads' nodes run workload by workload.
    @Test func mostShippedChecksOnWorkloadsRunWorkloadByWorkload() {
        let checks = CheckLoader.load(directories: [Self.root.appendingPathComponent("rules/checks").path]).checks
        let onWorkloads = checks.filter { $0.when.contains(WorkloadLocalQuery.workloads) }
        let local = onWorkloads.filter { WorkloadLocalQuery($0.when) != nil }
        #expect(onWorkloads.count == 104)
        #expect(local.count == 99)
        #expect(Set(onWorkloads.map(\.id)).subtracting(local.map(\.id)) == [
            "ASMA-APP-POOLS", "DOTNET-NETFX-1X", "DOTNET-NETFX-35", "DOTNET-TARGET-NOT-INSTALLED",
            "IIS-ISAPI-EXTENSION-CUSTOM",
        ])
    }

    /// On every example capture, each shipped check selects the same nodes in the same order
    /// workload by workload as over the whole document.
    @Test(arguments: ["intranet-aspnet48", "multi-site-webfarm", "orders-service-msmq", "../hostile-capture"])
    func workloadByWorkloadSelectsWhatTheWholeDocumentSelects(_ capture: String) throws {
        let inventory = try CaptureLoader.load(Self.root.appendingPathComponent("examples/captures/\(capture)"))
        let catalog = try CatalogLoader.load(directory: Self.root.appendingPathComponent("rules/catalog"))
        let assessment = try AssessmentBuilder.build(
            inventory: inventory, options: AnalysisOptions(asOf: "2026-11-23"), catalog: catalog)
        let document = try XPathDocument(xml: AssessmentXMLEncoder.document(for: assessment))
        let checks = CheckLoader.load(directories: [Self.root.appendingPathComponent("rules/checks").path]).checks
        let selections = CheckSelection.nodes(of: checks, local: checks.map { WorkloadLocalQuery($0.when) }, in: document)
        var selectedSomething = 0
        for (check, selection) in zip(checks, selections) {
            let whole = try document.nodes(matching: check.when)
            #expect(try selection.get() == whole, "\(check.id)")
            if WorkloadLocalQuery(check.when) != nil, !whole.isEmpty { selectedSomething += 1 }
        }
        #expect(selectedSomething > 0)
    }
}
