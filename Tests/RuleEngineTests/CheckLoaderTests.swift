import Foundation
import RuleEngine
import Testing

@Suite struct CheckLoaderTests {
    /// A valid rule file with one check; `replacing` swaps one line for others to make it invalid.
    static func ruleFile(replacing line: String? = nil, with replacement: String = "") -> String {
        let text = """
            checks:
              - id: IIS-BINDING-NET-TCP
                title: net.tcp bindings need the WCF image
                severity: warning
                category: change-needed
                effort: 3
                tags: [iis, wcf]
                when: //workload/site/bindings/binding[@protocol='net.tcp']
                message: "Site '{ancestor::workload/@name}' has a net.tcp binding ({@bindingInformation})."
                remediation: Use the WCF image.
                links: [https://learn.microsoft.com/dotnet/framework/wcf/]
                examples:
                  fires:
                    - xml: <assessment><workloads><workload id="w"><site><bindings><binding protocol="net.tcp"/></bindings></site></workload></workloads></assessment>
                      count: 1
                    - capture: multi-site-webfarm
                  passes:
                    - xml: <assessment/>

            """
        guard let line else { return text }
        return text.replacingOccurrences(of: line + "\n", with: replacement.isEmpty ? "" : replacement + "\n")
    }

    static func errors(_ yaml: String) -> [String] {
        CheckLoader.load(yaml: yaml, file: "r.yaml").errors.map(\.description)
    }

    @Test func loadsAValidCheck() throws {
        let set = CheckLoader.load(yaml: Self.ruleFile(), file: "r.yaml")
        #expect(set.errors.isEmpty)
        let check = try #require(set.checks.first)
        #expect(check.id == "IIS-BINDING-NET-TCP")
        #expect(check.severity == .warning)
        #expect(check.category == .changeNeeded)
        #expect(check.effort == 3)
        #expect(check.tags == ["iis", "wcf"])
        #expect(check.links == ["https://learn.microsoft.com/dotnet/framework/wcf/"])
        #expect(check.file == "r.yaml")
        #expect(check.line == 2)
        #expect(check.examples.fires.map(\.input) == [
            .xml(#"<assessment><workloads><workload id="w"><site><bindings><binding protocol="net.tcp"/></bindings></site></workload></workloads></assessment>"#),
            .capture("multi-site-webfarm"),
        ])
        #expect(check.examples.fires.map(\.count) == [1, nil])
        #expect(check.examples.fires.map(\.line) == [14, 16])
        #expect(check.examples.passes.map(\.input) == [.xml("<assessment/>")])
        #expect(check.message.source == "Site '{ancestor::workload/@name}' has a net.tcp binding ({@bindingInformation}).")
    }

    @Test func reportsMissingUnknownAndMistypedFields() {
        #expect(Self.errors(Self.ruleFile(replacing: "    effort: 3")) == ["r.yaml:2: missing required field 'effort'"])
        #expect(Self.errors(Self.ruleFile(replacing: "    effort: 3", with: "    effort: 3\n    sevrity: error"))
            == ["r.yaml:7: unknown field 'sevrity'"])
        #expect(Self.errors(Self.ruleFile(replacing: "    effort: 3", with: "    effort: three"))
            == ["r.yaml:6: 'effort' must be an integer from 0 to 13; found 'three'"])
        #expect(Self.errors(Self.ruleFile(replacing: "    effort: 3", with: "    effort: 14"))
            == ["r.yaml:6: 'effort' must be an integer from 0 to 13; found '14'"])
        #expect(Self.errors(Self.ruleFile(replacing: "    title: net.tcp bindings need the WCF image", with: "    title: [a, b]"))
            == ["r.yaml:3: 'title' must be a string; found a list"])
        #expect(Self.errors(Self.ruleFile(replacing: "    title: net.tcp bindings need the WCF image", with: "    title:"))
            == ["r.yaml:3: 'title' must not be empty"])
        #expect(Self.errors(Self.ruleFile(replacing: "    title: net.tcp bindings need the WCF image", with: "    title: \"a\\nb\""))
            == ["r.yaml:3: 'title' must be one line"])
        #expect(Self.errors(Self.ruleFile(replacing: "    tags: [iis, wcf]", with: "    tags: iis"))
            == ["r.yaml:7: 'tags' must be a list of strings"])
    }

    @Test func reportsBadIdsEnumsAndLinks() {
        #expect(Self.errors(Self.ruleFile(replacing: "  - id: IIS-BINDING-NET-TCP", with: "  - id: iis-binding"))
            == ["r.yaml:2: 'iis-binding' is not a valid check id; it must match ^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"])
        #expect(Self.errors(Self.ruleFile(replacing: "  - id: IIS-BINDING-NET-TCP", with: "  - id: IIS"))
            == ["r.yaml:2: 'IIS' is not a valid check id; it must match ^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"])
        #expect(Self.errors(Self.ruleFile(replacing: "    severity: warning", with: "    severity: fatal"))
            == ["r.yaml:4: 'severity' must be one of error, warning, info; found 'fatal'"])
        #expect(Self.errors(Self.ruleFile(replacing: "    category: change-needed", with: "    category: changeNeeded"))
            == ["r.yaml:5: 'category' must be one of blocker, change-needed, review; found 'changeNeeded'"])
        #expect(Self.errors(Self.ruleFile(replacing: "    links: [https://learn.microsoft.com/dotnet/framework/wcf/]",
                                          with: "    links: [http://example.com/a, https://]"))
            == ["r.yaml:11: link 'http://example.com/a' is not an https:// URL", "r.yaml:11: link 'https://' is not an https:// URL"])
    }

    @Test func reportsXPathAndTemplateErrors() {
        #expect(Self.errors(Self.ruleFile(replacing: "    when: //workload/site/bindings/binding[@protocol='net.tcp']",
                                          with: "    when: //binding[@protocol='net.tcp'"))
            == ["r.yaml:8: 'when' does not compile as XPath 1.0: Invalid predicate"])
        #expect(Self.errors(Self.ruleFile(replacing: "    when: //workload/site/bindings/binding[@protocol='net.tcp']",
                                          with: "    when: \"//site/namespace :: *\""))
            == ["r.yaml:8: 'when' must not select namespace nodes (namespace::)"])
        #expect(Self.errors(Self.ruleFile(replacing: "    remediation: Use the WCF image.", with: "    remediation: Use {@image"))
            == ["r.yaml:10: 'remediation' template: '{' at column 5 is never closed"])
        #expect(Self.errors(Self.ruleFile(replacing: "    remediation: Use the WCF image.", with: "    remediation: Use } image"))
            == ["r.yaml:10: 'remediation' template: '}' at column 5 must be written '}}'"])
        #expect(Self.errors(Self.ruleFile(replacing: "    remediation: Use the WCF image.", with: "    remediation: Use { } image"))
            == ["r.yaml:10: 'remediation' template: empty expression at column 5"])
        #expect(Self.errors(Self.ruleFile(replacing: "    remediation: Use the WCF image.", with: "    remediation: Use {@name[} image"))
            == ["r.yaml:10: 'remediation' template: expression '@name[' at column 5 does not compile as XPath 1.0: Invalid expression"])
    }

    /// The valid rule file with its `examples:` block (from line 12 on) replaced by `block`.
    static func ruleFile(examples block: String) -> String {
        let text = ruleFile()
        return String(text[..<text.range(of: "    examples:")!.lowerBound]) + block
    }

    @Test func reportsExampleErrors() {
        #expect(Self.errors(Self.ruleFile(examples: "    examples: [a]\n"))
            == ["r.yaml:12: 'examples' must be a mapping with 'fires' and 'passes' lists"])
        #expect(Self.errors(Self.ruleFile(examples: "")) == ["r.yaml:2: missing required field 'examples'"])
        #expect(Self.errors(Self.ruleFile(examples: """
                examples:
                  fires:
                  pass: [{xml: <a/>}]

            """)) == [
                "r.yaml:13: 'examples' needs at least one 'fires' example",
                "r.yaml:13: 'examples' needs at least one 'passes' example",
                "r.yaml:14: unknown field 'pass'",
            ])
        #expect(Self.errors(Self.ruleFile(examples: """
                examples:
                  fires: []
                  passes: {xml: <a/>}

            """)) == [
                "r.yaml:13: 'examples' needs at least one 'fires' example",
                "r.yaml:14: 'passes' must be a list of examples",
            ])
        #expect(Self.errors(Self.ruleFile(examples: """
                examples:
                  fires:
                    - <a/>
                    - xml: <a/>
                      capture: a
                    - count: 2
                    - xml: <a/>
                      count: 0
                  passes:
                    - xml: <a/>
                      count: 2
                    - capture: ""

            """)) == [
                "r.yaml:14: an example must be a mapping with 'xml' or 'capture'",
                "r.yaml:15: an example has 'xml' or 'capture', not both",
                "r.yaml:17: an example needs 'xml' or 'capture'",
                "r.yaml:19: 'count' must be a positive integer; found '0'",
                "r.yaml:22: 'count' is only allowed in 'fires' examples",
                "r.yaml:23: 'capture' must not be empty",
            ])
    }

    @Test func reportsFileLevelErrors() {
        #expect(Self.errors("") == ["r.yaml: expected a mapping with a 'checks' list"])
        #expect(Self.errors("- a\n- b\n") == ["r.yaml:1: expected a mapping with a 'checks' list"])
        #expect(Self.errors("rules: []\n") == ["r.yaml:1: unknown field 'rules'", "r.yaml:1: missing required field 'checks'"])
        #expect(Self.errors("checks: {}\n") == ["r.yaml:1: 'checks' must be a list"])
        #expect(Self.errors("checks:\n  - 42\n") == ["r.yaml:2: a check must be a mapping"])
        #expect(Self.errors("checks: [\n") == ["r.yaml:2: invalid YAML: while parsing a flow node, did not find expected node content"])
        #expect(Self.errors("checks:\n  - id: A-B\n    id: A-C\n") == ["r.yaml:2: duplicate key 'id'"])
    }

    @Test func collectsEveryProblemOfAFileInLineOrder() {
        let yaml = Self.ruleFile(replacing: "    severity: warning", with: "    severity: fatal")
            .replacingOccurrences(of: "    effort: 3\n", with: "    effort: -1\n")
            .replacingOccurrences(of: "{@bindingInformation}", with: "{@bindingInformation")
        #expect(Self.errors(yaml) == [
            "r.yaml:4: 'severity' must be one of error, warning, info; found 'fatal'",
            "r.yaml:6: 'effort' must be an integer from 0 to 13; found '-1'",
            "r.yaml:9: 'message' template: '{' at column 58 is never closed",
        ])
        #expect(CheckLoader.load(yaml: yaml, file: "r.yaml").checks.isEmpty)
    }

    @Test func loadsDirectoriesInSortedOrderAndRejectsDuplicateIds() throws {
        let root = try TemporaryDirectory()
        try root.write("a/z.yaml", Self.ruleFile())
        try root.write("a/sub/b.yml", Self.ruleFile().replacingOccurrences(of: "NET-TCP", with: "NET-PIPE"))
        try root.write("a/notes.txt", "not a rule file")
        try root.write("a/.hidden/c.yaml", "broken: [")
        try root.write("b/dup.yaml", Self.ruleFile())
        let set = CheckLoader.load(directories: [root.path("a"), root.path("b") + "/"])
        #expect(set.checks.map(\.id) == ["IIS-BINDING-NET-PIPE", "IIS-BINDING-NET-TCP"])
        #expect(set.checks.map(\.file) == [root.path("a/sub/b.yml"), root.path("a/z.yaml")])
        #expect(set.errors.map(\.description) == [
            "\(root.path("b/dup.yaml")):2: duplicate id 'IIS-BINDING-NET-TCP' (first defined at \(root.path("a/z.yaml")):2)",
        ])
        #expect(CheckLoader.load(directories: [root.path("missing"), root.path("a/z.yaml")]).errors.map(\.description) == [
            "\(root.path("missing")): no such directory", "\(root.path("a/z.yaml")): not a directory",
        ])
    }

    @Test func reportsFilesThatAreNotUTF8() throws {
        let root = try TemporaryDirectory()
        try root.write("r.yaml", Data([0x63, 0x68, 0xFF, 0xFE]))
        #expect(CheckLoader.load(directories: [root.path("")]).errors.map(\.description) == [
            "\(root.path("r.yaml")): the file is not UTF-8 text",
        ])
    }

    @Test func disablesChecksByIdAndReportsUnknownIds() {
        let set = CheckLoader.load(yaml: Self.ruleFile(), file: "r.yaml")
        #expect(set.disabling(["IIS-BINDING-NET-TCP"]).checks.isEmpty)
        let unknown = set.disabling(["NO-SUCH-CHECK"])
        #expect(unknown.checks.map(\.id) == ["IIS-BINDING-NET-TCP"])
        #expect(unknown.errors.map(\.description) == ["--disable: unknown check id 'NO-SUCH-CHECK'"])
    }
}
