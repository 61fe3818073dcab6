/// Renders templates for the nodes a check selected in one document.
public struct TemplateRenderer {
    private let document: XPathDocument

    /// A renderer for nodes of `document`.
    public init(document: XPathDocument) {
        self.document = document
    }

    /// `template` with each placeholder replaced by its expression's string value at `node`. Values
    /// come from the capture, so their control characters become spaces.
    public func render(_ template: Template, at node: XPathNode) throws(XPathDocument.Failure) -> String {
        var rendered = ""
        for part in template.parts {
            switch part {
            case .text(let text):
                rendered += text
            case .expression(let expression):
                rendered += UntrustedText.printable(try document.string(expression, at: node))
            }
        }
        return rendered
    }
}
