@testable import Analyzer
import Testing

@Suite struct XMLWriterTests {
    @Test func escapesMarkupQuotesAndLineBreaks() {
        #expect(XMLWriter.escape("a<b>&\"c\"\n\t\r") == "a&lt;b&gt;&amp;&quot;c&quot;&#10;&#9;&#13;")
    }

    @Test func replacesCharactersXMLCannotCarry() {
        #expect(XMLWriter.escape("x\u{01}y\u{FFFE}") == "x\u{FFFD}y\u{FFFD}")
    }

    @Test func leavesOutNilAttributesAndSkipsEmptyLists() {
        var writer = XMLWriter()
        writer.open("root", [("a", "1"), ("b", nil)])
        writer.list("items", isEmpty: true) { $0.empty("item") }
        writer.empty("leaf", [("c", "x y")])
        writer.close()
        #expect(writer.document == """
            <?xml version="1.0" encoding="UTF-8"?>
            <root a="1">
              <leaf c="x y"/>
            </root>

            """)
    }

    /// An element opened and closed with nothing written in it is an empty-element tag, not an
    /// element holding a line break and indentation (which a parser keeps as text).
    @Test func writesAnElementWithNothingInItAsAnEmptyElementTag() {
        var writer = XMLWriter()
        writer.open("root")
        writer.open("settings", [("site", "A")])
        writer.close()
        writer.open("pools")
        writer.list("items", isEmpty: true) { $0.empty("item") }
        writer.close()
        writer.text("note", "")
        writer.close()
        #expect(writer.document == """
            <?xml version="1.0" encoding="UTF-8"?>
            <root>
              <settings site="A"/>
              <pools/>
              <note></note>
            </root>

            """)
    }

    @Test func xmlCharactersReplaceOnlyWhatXMLCannotCarry() {
        #expect(XMLWriter.xmlCharacters("a<b>&\"\t\n\r") == "a<b>&\"\t\n\r")
        #expect(XMLWriter.xmlCharacters("x\u{01}y\u{FFFE}z\u{FFFF}\u{0}") == "x\u{FFFD}y\u{FFFD}z\u{FFFD}\u{FFFD}")
    }
}
