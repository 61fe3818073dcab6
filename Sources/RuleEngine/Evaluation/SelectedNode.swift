/// What a finding records about the node a check selected: its workload, where it came from in the
/// capture, and its identity for evidence and fingerprints.
struct SelectedNode {
    /// Attributes that identify an element, in the order evidence shows them. Provenance (`file`,
    /// `line`) and state (`enabled`, `state`, …) are left out so that identity survives edits.
    static let identifyingAttributes = [
        "id", "name", "displayName", "kind", "type", "protocol", "bindingInformation", "ip", "port", "host",
        "path", "application", "virtualPath", "site", "scope", "account", "userName", "version", "keyName", "image",
    ]

    /// `ancestor-or-self::workload[1]/@id`; nil outside every workload or when empty.
    let workload: String?
    /// `@file` and `@line` of the nearest element on the ancestor-or-self axis that has `@file`.
    let file: String?
    let line: Int?
    /// The node in short: element name and identifying attributes, plus ` @name="value"` for an attribute.
    let evidence: String
    /// The evidence of the element's ancestors, root first: the node's place without line numbers.
    let lineage: [String]

    init(_ node: XPathNode) {
        let chain = node.element.map { Array(sequence(first: $0) { $0.parentElement }) } ?? []
        let owner = chain.first { $0.name == "workload" }
        workload = owner?.attribute("id").flatMap { $0.isEmpty ? nil : UntrustedText.printable($0) }
        let source = chain.first { $0.attribute("file") != nil }
        file = source?.attribute("file").map(UntrustedText.printable)
        line = source?.attribute("line").flatMap { Int($0) }
        let ownEvidence = chain.first.map(Self.evidence(of:)) ?? ""
        evidence = node.isAttribute
            ? ownEvidence + " @\(node.name)=\"\(UntrustedText.printable(node.stringValue))\""
            : ownEvidence
        lineage = chain.dropFirst().reversed().map(Self.evidence(of:))
    }

    /// `name attr="value" …` with the identifying attributes the element has.
    private static func evidence(of element: XPathNode) -> String {
        ([element.name] + identifyingAttributes.compactMap { key in
            element.attribute(key).map { "\(key)=\"\(UntrustedText.printable($0))\"" }
        }).joined(separator: " ")
    }
}
