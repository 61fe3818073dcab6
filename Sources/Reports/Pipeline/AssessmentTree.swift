import Analyzer
import RuleEngine

/// The assessment document as the libxml2 tree the checks query, built straight from the encoder's
/// calls: the tree `XPathDocument(xml:)` makes of `AssessmentXMLEncoder.document(for:)`, without
/// writing the text (90 MB at 10,000 sites) and parsing it again.
struct AssessmentTree: XMLOutput {
    private let builder = XPathTreeBuilder()

    /// The document of `assessment`, ready for the checks.
    static func document(for assessment: Assessment) throws(XPathDocument.Failure) -> XPathDocument {
        var tree = AssessmentTree()
        AssessmentXMLEncoder.write(assessment, to: &tree)
        return try tree.finish()
    }

    /// The tree written so far, ready for queries; every element must have been closed.
    func finish() throws(XPathDocument.Failure) -> XPathDocument {
        try builder.finish()
    }

    mutating func open(_ name: String, _ attributes: [XMLWriter.Attribute]) {
        builder.open(name, Self.asParsed(attributes))
    }

    mutating func empty(_ name: String, _ attributes: [XMLWriter.Attribute]) {
        builder.empty(name, Self.asParsed(attributes))
    }

    mutating func text(_ name: String, _ content: String, _ attributes: [XMLWriter.Attribute]) {
        builder.text(name, XMLWriter.xmlCharacters(content), Self.asParsed(attributes))
    }

    mutating func close() {
        builder.close()
    }

    /// The values as a parser reads them back from the text `XMLWriter` writes.
    private static func asParsed(_ attributes: [XMLWriter.Attribute]) -> [XMLWriter.Attribute] {
        attributes.map { ($0.name, $0.value.map(XMLWriter.xmlCharacters)) }
    }
}
