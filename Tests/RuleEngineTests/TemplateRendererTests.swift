import RuleEngine
import Testing

@Suite struct TemplateRendererTests {
    static let xml = """
        <assessment><workloads><workload id="w1" name="Shop">
          <site name="Shop"><bindings><binding protocol="net.tcp" bindingInformation="808:*"/><binding protocol="http"/></bindings></site>
          <service name="a&#10;b&#9;c&#x85;d&#x202E;e&#x2028;f"/>
        </workload></workloads></assessment>
        """

    static func render(_ template: String, at path: String) throws -> String {
        let document = try XPathDocument(xml: xml)
        let node = try #require(try document.nodes(matching: path).first)
        return try TemplateRenderer(document: document).render(try Template(parsing: template), at: node)
    }

    @Test func replacesPlaceholdersWithStringValuesAtTheSelectedNode() throws {
        #expect(try Self.render("Site '{ancestor::workload/@name}' has {@protocol} ({@bindingInformation}).",
                                at: "//binding[1]") == "Site 'Shop' has net.tcp (808:*).")
        #expect(try Self.render("{count(../binding)} bindings, {@missing}none", at: "//binding[1]") == "2 bindings, none")
        #expect(try Self.render("{ concat('}', @protocol, \"{\") }", at: "//binding[1]") == "}net.tcp{")
    }

    @Test func doubledBracesAreLiteral() throws {
        #expect(try Self.render("{{literal}} {{{@protocol}}}", at: "//binding[1]") == "{literal} {net.tcp}")
        #expect(try Template(parsing: "plain text").source == "plain text")
    }

    @Test func controlCharactersInValuesBecomeSpaces() throws {
        #expect(try Self.render("[{@name}]\n", at: "//service") == "[a b c d e f]\n")
    }

    @Test func rejectsMalformedTemplates() {
        #expect(throws: Template.SyntaxError(message: "'{' at column 3 is never closed")) { try Template(parsing: "a {@b") }
        #expect(throws: Template.SyntaxError(message: "'{' at column 1 is never closed")) { try Template(parsing: "{'}'") }
        #expect(throws: Template.SyntaxError(message: "'}' at column 2 must be written '}}'")) { try Template(parsing: "a}b") }
        #expect(throws: Template.SyntaxError(message: "empty expression at column 1")) { try Template(parsing: "{  }") }
        #expect(throws: Template.SyntaxError(
            message: "expression '@a[' at column 4 does not compile as XPath 1.0: Invalid expression")) {
            try Template(parsing: "ab {@a[}")
        }
    }

    @Test func runtimeFailuresAreThrown() throws {
        #expect(throws: XPathDocument.Failure.self) { try Self.render("{no-such-function()}", at: "//binding[1]") }
    }
}
