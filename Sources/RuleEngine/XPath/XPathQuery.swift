import CLibXML2

/// An expression compiled by `XPathDocument.prepare`, valid while the document lives.
struct XPathQuery {
    let expression: String
    let program: xmlXPathCompExprPtr
}
