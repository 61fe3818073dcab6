import CLibXML2

/// Checks that an XPath 1.0 expression compiles, without a document: a syntax check for rule files.
/// Unknown functions and variables are only found when the expression runs.
enum XPathCompiler {
    /// Compiles `expression` with libxml2's `xmlXPathCompile` and throws libxml2's reason when it
    /// does not compile.
    static func check(_ expression: String) throws(XPathDocument.Failure) {
        LibXMLError.silenceConsole()
        xmlResetLastError()
        guard let compiled = xmlXPathCompile(expression) else {
            throw LibXMLError.last(orElse: "invalid XPath expression '\(expression)'")
        }
        xmlXPathFreeCompExpr(compiled)
    }
}
