import Foundation
import RuleEngine

/// Writes a `CheckReport` as SARIF 2.1.0 (OASIS errata 01), the format GitHub code scanning and
/// Azure DevOps read: one rule per check with help text and links, one result per finding with a
/// physical location in the capture, stable `partialFingerprints`, and suppressions for waived and
/// baselined findings.
public enum SarifEmitter {
    /// The key under `partialFingerprints`; versioned so a new fingerprint scheme gets a new key.
    public static let fingerprintKey = "image2container/v1"

    public static func render(_ report: CheckReport) throws -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
        let run: [String: Any] = [
            "tool": ["driver": driver(report)],
            "originalUriBaseIds": [
                "CAPTURE": ["description": ["text": "The root of the capture '\(report.capture)'."]]
            ],
            "automationDetails": ["id": "image2container/\(report.capture)/"],
            "results": report.findings.map { result($0, ruleIndex: ruleIndex[$0.ruleID]) },
            "invocations": [invocation(report)],
            "properties": [
                "hostVersion": report.target.hostVersion, "hostBuild": report.target.hostBuild,
                "isolation": report.target.isolation, "asOf": report.target.asOf,
            ],
        ]
        let document: [String: Any] = [
            "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        ]
        let data = try JSONSerialization.data(
            withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func driver(_ report: CheckReport) -> [String: Any] {
        var driver: [String: Any] = [
            "name": report.tool.name,
            "version": report.tool.version,
            "semanticVersion": report.tool.version,
            "rules": report.rules.map { rule -> [String: Any] in
                var entry: [String: Any] = [
                    "id": rule.id,
                    "name": rule.id,
                    "shortDescription": ["text": rule.title],
                    "fullDescription": ["text": rule.title],
                    "help": ["text": helpText(rule)],
                    "defaultConfiguration": ["level": level(rule.severity)],
                    "properties": [
                        "tags": rule.tags, "category": rule.category.rawValue, "effort": rule.effort,
                    ] as [String: Any],
                ]
                if let first = rule.links.first { entry["helpUri"] = first }
                return entry
            },
        ]
        if let uri = report.tool.informationURI { driver["informationUri"] = uri }
        return driver
    }

    private static func helpText(_ rule: RuleSummary) -> String {
        ([rule.help] + rule.links.map { "See: \($0)" }).joined(separator: "\n")
    }

    private static func result(_ finding: Finding, ruleIndex: Int?) -> [String: Any] {
        var physical: [String: Any] = [
            "artifactLocation": ["uri": artifactURI(finding.file), "uriBaseId": "CAPTURE"]
        ]
        if let line = finding.line, line > 0 { physical["region"] = ["startLine": line] }
        var location: [String: Any] = ["physicalLocation": physical]
        if let workload = finding.workload {
            location["logicalLocations"] = [["name": workload, "kind": "module"]]
        }
        var entry: [String: Any] = [
            "ruleId": finding.ruleID,
            "level": level(finding.severity),
            "message": ["text": finding.message],
            "locations": [location],
            "partialFingerprints": [fingerprintKey: finding.fingerprint],
            "properties": [
                "workload": finding.workload ?? "(server)", "category": finding.category.rawValue,
                "effort": finding.effort, "evidence": finding.evidence, "remediation": finding.remediation,
            ] as [String: Any],
        ]
        if let ruleIndex { entry["ruleIndex"] = ruleIndex }
        if let suppression = finding.suppression {
            var justification = suppression.justification
            if let expires = suppression.expires { justification += " (until \(expires))" }
            entry["suppressions"] = [[
                "kind": "external", "status": "accepted", "justification": justification,
            ]]
            if suppression.kind == .baselined { entry["baselineState"] = "unchanged" }
        }
        return entry
    }

    /// The capture-relative path as a URI reference: each segment percent-encoded, `/` kept. A
    /// finding without a file points at the capture root.
    static func artifactURI(_ file: String?) -> String {
        guard let file, !file.isEmpty else { return "./" }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":?#[]@")
        return file.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
    }

    private static func invocation(_ report: CheckReport) -> [String: Any] {
        var notifications: [[String: Any]] = report.problems.map { problem in
            var entry: [String: Any] = ["level": "error", "message": ["text": problem.message]]
            if let file = problem.file {
                var physical: [String: Any] = ["artifactLocation": ["uri": artifactURI(file), "uriBaseId": "CAPTURE"]]
                if let line = problem.line, line > 0 { physical["region"] = ["startLine": line] }
                entry["locations"] = [["physicalLocation": physical]]
            }
            return entry
        }
        notifications += report.expiredWaivers.map { waiver in
            [
                "level": "warning",
                "message": ["text": "Waiver for \(waiver.rule) (\(waiver.scope)) expired on \(waiver.expires); it no longer suppresses findings."],
            ]
        }
        return [
            "executionSuccessful": report.problems.allSatisfy { $0.kind != "rule" },
            "toolExecutionNotifications": notifications,
        ]
    }
}
