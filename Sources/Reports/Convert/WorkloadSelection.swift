import Foundation
import Analyzer

/// Resolves `--workload` arguments to workload ids.
enum WorkloadSelection {
    /// The ids `names` select (all workloads when `names` is empty). A name is a workload id, a
    /// site or service name (any case), or `site/app`: the site holding application `/app`.
    static func select(_ names: [String], in assessment: Assessment) throws(CheckFailure) -> Set<String> {
        guard !names.isEmpty else { return Set(assessment.workloads.map(\.workload.id)) }
        var selected = Set<String>()
        var unknown: [String] = []
        for name in names {
            if let match = workload(named: name, in: assessment) {
                selected.insert(match)
            } else {
                unknown.append(name)
            }
        }
        guard unknown.isEmpty else {
            let known = assessment.workloads.map(\.workload.id).joined(separator: ", ")
            throw .input(unknown.map { "--workload '\($0)' matches no workload (workloads: \(known))" })
        }
        return selected
    }

    private static func workload(named name: String, in assessment: Assessment) -> String? {
        let lowered = name.lowercased()
        if let exact = assessment.workloads.first(where: { $0.workload.id == name || $0.workload.name.lowercased() == lowered }) {
            return exact.workload.id
        }
        guard let slash = name.firstIndex(of: "/") else { return nil }
        let site = name[..<slash].lowercased()
        let application = "/" + name[name.index(after: slash)...].trimmingCharacters(in: CharacterSet(charactersIn: "/")).lowercased()
        return assessment.workloads.first { assessed in
            assessed.workload.kind == .iisSite && assessed.workload.name.lowercased() == site
                && (assessment.inventory.iis?.sites.first { $0.name.lowercased() == site }?.applications
                    .contains { $0.path.lowercased() == application } ?? false)
        }?.workload.id
    }
}
