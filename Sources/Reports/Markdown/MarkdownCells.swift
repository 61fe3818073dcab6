import RuleEngine

/// Table cells and labels that several parts of `report.md` share.
enum MarkdownCells {
    static func severity(_ severity: Severity) -> String {
        let icon = switch severity {
        case .error: "⛔"
        case .warning: "⚠️"
        case .info: "ℹ️"
        }
        return "\(icon) \(ReportLabels.severity(severity))"
    }

    static func readiness(_ readiness: Readiness) -> String {
        let icon = switch readiness {
        case .ready: "🟢"
        case .readyWithChanges: "🟡"
        case .blocked: "🔴"
        }
        return "\(icon) \(ReportLabels.readiness(readiness))"
    }

    /// The rule's id in bold over its title.
    static func rule(id: String, title: String) -> String {
        "**\(MarkdownEscaper.text(id))**<br>\(MarkdownEscaper.text(title))"
    }

    /// The finding's `file:line` over its evidence, both as code.
    static func evidence(_ finding: Finding) -> String {
        let place = ReportContent.location(file: finding.file, line: finding.line).map(MarkdownEscaper.code)
        return [place, finding.evidence.isEmpty ? nil : MarkdownEscaper.code(finding.evidence)]
            .compactMap { $0 }.joined(separator: "<br>")
    }
}
