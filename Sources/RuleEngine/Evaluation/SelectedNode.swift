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

    /// What `node` shows; `known` keeps the evidence of elements seen before (the same workloads are
    /// the ancestors of many selected nodes).
    init(_ node: XPathNode, known: inout Evidence) {
        let chain = node.element.map { Array(sequence(first: $0) { $0.parentElement }) } ?? []
        let owner = chain.first { $0.name == "workload" }
        workload = owner?.attribute("id").flatMap { $0.isEmpty ? nil : UntrustedText.printable($0) }
        let source = chain.first { $0.hasAttribute("file") }
        file = source?.attribute("file").map(UntrustedText.printable)
        line = source?.attribute("line").flatMap { Int($0) }
        let ownEvidence = chain.first.map { known.of($0) } ?? ""
        evidence = node.isAttribute
            ? ownEvidence + " @\(node.name)=\"\(UntrustedText.printable(node.stringValue))\""
            : ownEvidence
        lineage = chain.dropFirst().reversed().map { known.of($0) }
    }

    /// The evidence of elements, each worked out once per document.
    struct Evidence {
        private var byElement: [XPathNode: String] = [:]

        /// `name attr="value" …` with the identifying attributes `element` has.
        mutating func of(_ element: XPathNode) -> String {
            if let known = byElement[element] { return known }
            let evidence = ([element.name] + identifyingAttributes.compactMap { key in
                element.attribute(key).map { "\(key)=\"\(UntrustedText.printable($0))\"" }
            }).joined(separator: " ")
            byElement[element] = evidence
            return evidence
        }
    }
}
