/// The nodes each check's `when` selects in one document. Workload-local queries
/// (`WorkloadLocalQuery`) run workload by workload, all of them on one workload before the next;
/// the others run over the whole document. Either way a check gets the same nodes in the same order.
enum CheckSelection {
    /// What `when` selected, or why it failed.
    typealias Selected = Result<[XPathNode], XPathDocument.Failure>

    /// One result per check of `checks`, in their order; `local` holds the workload-local form of
    /// each check's `when` (`WorkloadLocalQuery`), nil where it has none.
    static func nodes(of checks: [Check], local localForms: [WorkloadLocalQuery?], in document: XPathDocument)
        -> [Selected] {
        var results = [Selected](repeating: .success([]), count: checks.count)
        var local: [(check: Int, query: XPathQuery, whole: XPathQuery)] = []
        for (index, check) in checks.enumerated() {
            do {
                let query = try document.prepare(check.when)
                if let relative = localForms[index].flatMap({ try? document.prepare($0.relative) }) {
                    local.append((index, relative, query))
                } else {
                    results[index] = .success(try document.nodes(matching: query))
                }
            } catch {
                results[index] = .failure(error)
            }
        }
        guard !local.isEmpty else { return results }
        let workloads: [XPathNode]
        do {
            workloads = try document.nodes(matching: WorkloadLocalQuery.workloads)
        } catch {
            for entry in local { results[entry.check] = .failure(error) }
            return results
        }
        var selected = [[XPathNode]](repeating: [], count: local.count)
        var failed = [Bool](repeating: false, count: local.count)
        for workload in workloads {
            for (position, entry) in local.enumerated() where !failed[position] {
                do {
                    selected[position] += try document.nodes(matching: entry.query, at: workload)
                } catch {
                    failed[position] = true
                }
            }
        }
        for (position, entry) in local.enumerated() {
            // A query that failed runs again over the whole document: the workloads in turn can
            // meet a different error first than the whole document does.
            results[entry.check] = failed[position]
                ? Result { () throws(XPathDocument.Failure) in try document.nodes(matching: entry.whole) }
                : .success(selected[position])
        }
        return results
    }
}
