import RuleEngine

/// The data island of `report.html`: the capture's name and the active findings as the page's script
/// renders them into the findings table, each with its labels, workload name, place and rule links
/// already resolved.
enum HTMLReportData {
    /// The filter value (and `workload` field) of findings that belong to no workload.
    static let serverWorkload = "(server)"

    static func json(_ content: ReportContent) -> ScriptSafeJSON {
        .object([
            (key: "capture", value: .string(content.report.capture)),
            (key: "findings", value: .array(content.active.map { finding(content, $0) })),
        ])
    }

    private static func finding(_ content: ReportContent, _ finding: Finding) -> ScriptSafeJSON {
        let links = content.links(for: finding).map { address in
            ScriptSafeJSON.object([(key: "href", value: .string(address)),
                                   (key: "label", value: .string(ReportLink.label(address)))])
        }
        return .object([
            (key: "severity", value: .string(finding.severity.rawValue)),
            (key: "severityLabel", value: .string(ReportLabels.severity(finding.severity))),
            (key: "category", value: .string(finding.category.rawValue)),
            (key: "categoryLabel", value: .string(ReportLabels.category(finding.category))),
            (key: "rule", value: .string(finding.ruleID)),
            (key: "title", value: .string(finding.title)),
            (key: "workload", value: .string(finding.workload ?? serverWorkload)),
            (key: "workloadName", value: .string(content.workloadName(finding.workload))),
            (key: "message", value: .string(finding.message)),
            (key: "location", value: .string(ReportContent.location(file: finding.file, line: finding.line) ?? "")),
            (key: "evidence", value: .string(finding.evidence)),
            (key: "remediation", value: .string(finding.remediation)),
            (key: "effort", value: .int(finding.effort)),
            (key: "links", value: .array(links)),
        ])
    }
}
