extension Finding {
    /// The order findings are reported in: rule id, workload (server-level first), file (none first),
    /// line (none first), then fingerprint, so that the order never depends on evaluation order.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        if lhs.workload != rhs.workload { return precedes(lhs.workload, rhs.workload) }
        if lhs.file != rhs.file { return precedes(lhs.file, rhs.file) }
        if lhs.line != rhs.line { return precedes(lhs.line, rhs.line) }
        return lhs.fingerprint < rhs.fingerprint
    }

    /// nil first, then ascending.
    private static func precedes<T: Comparable>(_ lhs: T?, _ rhs: T?) -> Bool {
        guard let rhs else { return false }
        guard let lhs else { return true }
        return lhs < rhs
    }
}

extension Array where Element == Finding {
    /// The findings in `Finding.reportOrder`. Sorts their positions rather than the findings: a
    /// finding is a large value, and moving 90,000 of them about in a merge sort (a retain and a
    /// release of each of their strings per move) cost more than comparing them.
    func sortedForReport() -> [Finding] {
        indices.sorted { Finding.reportOrder(self[$0], self[$1]) }.map { self[$0] }
    }
}
