import Analyzer
import Foundation
import RuleEngine
import Testing

@Suite struct XPathDocumentTests {
    static let xml = """
        <?xml version="1.0"?>
        <inventory capture="x">
          <iis>
            <sites>
              <site name="A" id="1"><bindings><binding protocol="https" port="443"/></bindings></site>
              <site name="B" id="2"><bindings><binding protocol="http" port="80"/></bindings></site>
            </sites>
          </iis>
        </inventory>
        """

    @Test func selectsNodesWithLinesAndAttributes() throws {
        let document = try XPathDocument(xml: Self.xml)
        let sites = try document.nodes(matching: "//site[bindings/binding/@protocol='https']")
        #expect(sites.count == 1)
        #expect(sites[0].name == "site")
        #expect(sites[0].attribute("name") == "A")
        #expect(sites[0].attribute("missing") == nil)
        #expect(sites[0].line == 5)
        #expect(try document.string("bindings/binding/@port", at: sites[0]) == "443")
        #expect(try document.string("count(//site)") == "2")
    }

    @Test func booleanExpressionsSelectTheRootWhenTrue() throws {
        let document = try XPathDocument(xml: Self.xml)
        #expect(try document.nodes(matching: "count(//site) > 1").map(\.name) == ["inventory"])
        #expect(try document.nodes(matching: "count(//site) > 5").isEmpty)
        #expect(try document.nodes(matching: "count(//site)").map(\.name) == ["inventory"])
        #expect(try document.nodes(matching: "count(//nothing)").isEmpty)
        #expect(try document.nodes(matching: "//site/namespace::*").isEmpty)
    }

    @Test func rejectsInvalidExpressionsAndDocuments() {
        #expect(throws: XPathDocument.Failure.self) { try XPathDocument(xml: "<a><b></a>") }
        let document = try? XPathDocument(xml: Self.xml)
        #expect(throws: XPathDocument.Failure(message: "Invalid expression", line: 0)) {
            try document?.nodes(matching: "//site[")
        }
    }

    @Test func refusesDocumentTypeDeclarations() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("i2c-xpath-secret.txt")
        try "TOP-SECRET".write(to: secret, atomically: true, encoding: .utf8)
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY x SYSTEM "\(secret.absoluteString)"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <r><v>&x;</v><w>&b;</w></r>
            """
        #expect(throws: XPathDocument.Failure(
            message: "DOCTYPE declarations are not allowed; entities are never expanded", line: 0)) {
            try XPathDocument(xml: xml)
        }
    }

    @Test func queriesTheInventoryDocument() throws {
        let document = try XPathDocument(xml: InventoryXMLEncoder.document(for: .init(captureName: "empty")))
        #expect(try document.string("/inventory/@capture") == "empty")
    }
}
