/// The rule links of `report.md` as numbered reference links: each address is written once at the
/// end of the document however many findings cite it, which keeps the report within the size of a
/// pull request comment.
struct MarkdownLinkReferences {
    /// Addresses in order of first use; an address's number is its position plus one.
    private let addresses: [String]
    private let numbers: [String: Int]

    /// References for `addresses` (already checked by `ReportLink.web`), numbered in order of first use.
    init(_ addresses: [String]) {
        var unique: [String] = []
        var numbers: [String: Int] = [:]
        for address in addresses where numbers[address] == nil {
            unique.append(address)
            numbers[address] = unique.count
        }
        self.addresses = unique
        self.numbers = numbers
    }

    /// `[label][n]` for an address given to `init`, else the label as text.
    func link(_ address: String) -> String {
        let label = MarkdownEscaper.text(ReportLink.label(address))
        return numbers[address].map { "[\(label)][\($0)]" } ?? label
    }

    /// The definitions, one `[n]: address` line each.
    var definitions: String {
        addresses.enumerated().map { "[\($0.offset + 1)]: \($0.element)" }.joined(separator: "\n")
    }
}
