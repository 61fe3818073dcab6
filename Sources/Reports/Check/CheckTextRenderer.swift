import RuleEngine

/// The `check` result for a terminal: the plan per workload, then the active findings grouped by
/// workload, suppressed findings and problems, and the gate verdict.
public enum CheckTextRenderer {
    public static func render(_ report: CheckReport) -> String {
        var out = TextLines()
        let active = report.activeFindings
        let activeByWorkload = Dictionary(grouping: active, by: \.workload)
        out.add("Capture \(report.capture): target host \(report.target.hostVersion) (build \(report.target.hostBuild)), isolation \(report.target.isolation)")
        for workload in report.workloads {
            out.add("")
            out.add("\(workload.name) [\(workload.id)]: \(workload.readiness.rawValue), effort \(workload.effort)")
            out.add("  image \(workload.image), \(workload.isolation) isolation\(workload.compatible ? "" : " (NOT compatible with the host)")")
            for reason in workload.reasons { out.add("  - \(reason)") }
            for finding in activeByWorkload[workload.id] ?? [] { out.add("  \(line(for: finding))") }
        }
        let server = activeByWorkload[nil] ?? []
        if !server.isEmpty {
            out.add("")
            out.add("Server:")
            for finding in server { out.add("  \(line(for: finding))") }
        }
        let suppressed = report.findings.filter { $0.suppression != nil }
        if !suppressed.isEmpty {
            out.add("")
            out.add("Suppressed:")
            for finding in suppressed {
                let why = finding.suppression.map { "\($0.kind.rawValue): \($0.justification)" } ?? ""
                out.add("  \(finding.ruleID) \(finding.workload ?? "(server)"): \(why)")
            }
        }
        for waiver in report.expiredWaivers {
            out.add("expired waiver: \(waiver.rule) (\(waiver.scope)) expired \(waiver.expires) [\(waiver.file):\(waiver.line)]")
        }
        for problem in report.problems {
            let place = problem.file.map { file in problem.line.map { "\(file):\($0): " } ?? "\(file): " } ?? ""
            out.add("\(problem.kind) problem: \(place)\(problem.message)")
        }
        out.add("")
        let counts = Severity.allCases.map { severity in
            "\(active.filter { $0.severity == severity }.count) \(severity.rawValue)"
        }
        let verdict = report.gate.failed ? "FAILED" : "passed"
        let threshold = report.gate.failOn.map { "--fail-on \($0.rawValue)" } ?? "--fail-on never"
        out.add("\(counts.joined(separator: ", ")) (\(suppressed.count) suppressed); gate \(verdict) (\(threshold))")
        return out.text
    }

    private static func line(for finding: Finding) -> String {
        let place = finding.file.map { file in finding.line.map { " [\(file):\($0)]" } ?? " [\(file)]" } ?? ""
        return "\(finding.severity.rawValue) \(finding.ruleID): \(finding.message)\(place)"
    }
}
