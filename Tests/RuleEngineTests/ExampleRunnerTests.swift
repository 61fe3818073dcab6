import RuleEngine
import Testing

@Suite struct ExampleRunnerTests {
    static let tcp = #"<assessment><workloads><workload id="w"><binding protocol="net.tcp"/><binding protocol="net.tcp"/></workload></workloads></assessment>"#
    static let http = #"<assessment><workloads><workload id="w"><binding protocol="http"/></workload></workloads></assessment>"#

    @Test func aCheckWhoseExamplesBehavePasses() throws {
        let check = try TestCheck.make(when: "//binding[@protocol='net.tcp']",
                                       fires: [CheckExample(input: .xml(Self.tcp), line: 5),
                                               CheckExample(input: .xml(Self.tcp), count: 2, line: 6)],
                                       passes: [CheckExample(input: .xml(Self.http), line: 8)])
        #expect(ExampleRunner().run([check]).isEmpty)
    }

    @Test func reportsExamplesThatDoNotBehave() throws {
        let check = try TestCheck.make(id: "IIS-NET-TCP", when: "//binding[@protocol='net.tcp']",
                                       fires: [CheckExample(input: .xml(Self.http), line: 5),
                                               CheckExample(input: .xml(Self.tcp), count: 1, line: 6),
                                               CheckExample(input: .xml("<assessment>"), line: 7)],
                                       passes: [CheckExample(input: .xml(Self.tcp), line: 9)])
        let failures = ExampleRunner().run([check])
        #expect(failures.map(\.description) == [
            "test.yaml:5: IIS-NET-TCP fires[0]: expected at least 1 finding, got 0 findings",
            "test.yaml:6: IIS-NET-TCP fires[1]: expected exactly 1 finding, got 2 findings",
            "test.yaml:7: IIS-NET-TCP fires[2]: expected at least 1 finding, got the XML does not parse: line 1: "
                + "Premature end of data in tag assessment line 1",
            "test.yaml:9: IIS-NET-TCP passes[0]: expected no findings, got 2 findings",
        ])
        #expect(failures.map(\.list) == [.fires, .fires, .fires, .passes])
        #expect(failures.map(\.index) == [0, 1, 2, 0])
    }

    @Test func aRuleErrorFailsEveryExample() throws {
        let check = try TestCheck.make(id: "BROKEN-CHECK", when: "//binding[nope()]",
                                       fires: [CheckExample(input: .xml(Self.tcp), line: 5)],
                                       passes: [CheckExample(input: .xml(Self.http), line: 6)])
        #expect(ExampleRunner().run([check]).map(\.actual) == [
            "a rule error: 'when' failed: Unregistered function", "a rule error: 'when' failed: Unregistered function",
        ])
    }

    @Test func captureExamplesUseTheCallersPipelineOnceEach() throws {
        struct NoSuchCapture: Error {}
        let check = try TestCheck.make(id: "IIS-NET-TCP", when: "//binding[@protocol='net.tcp']",
                                       fires: [CheckExample(input: .capture("webfarm"), line: 5),
                                               CheckExample(input: .capture("webfarm"), count: 3, line: 6),
                                               CheckExample(input: .capture("missing"), line: 7)],
                                       passes: [CheckExample(input: .capture("static"), line: 9)])
        #expect(ExampleRunner().run([check]).isEmpty, "capture examples are skipped without a pipeline")
        let requested = Counter()
        let runner = ExampleRunner { name in
            requested.names.append(name)
            switch name {
            case "webfarm": return Self.tcp
            case "static": return Self.http
            default: throw NoSuchCapture()
            }
        }
        #expect(runner.run([check]).map(\.description) == [
            "test.yaml:6: IIS-NET-TCP fires[1]: expected exactly 3 findings, got 2 findings",
            "test.yaml:7: IIS-NET-TCP fires[2]: expected at least 1 finding, got capture 'missing' failed: NoSuchCapture()",
        ])
        #expect(requested.names == ["webfarm", "missing", "static"])
    }

    /// Records what the capture closure was asked for.
    final class Counter {
        var names: [String] = []
    }
}
