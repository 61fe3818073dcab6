import Foundation

/// The fingerprints of findings accepted earlier, so that only new findings count (`--baseline`).
/// Read from `{"version": 1, "fingerprints": [...]}` (what `write(findings:)` produces) or from a
/// findings document of `check --format json` (a top-level `"findings"` list of objects with a
/// `"fingerprint"`).
public struct Baseline: Sendable, Hashable {
    /// The baseline file's name, shown in each suppression's justification.
    public var fileName: String
    /// The accepted findings' fingerprints.
    public var fingerprints: Set<String>

    /// Creates a baseline.
    public init(fileName: String, fingerprints: Set<String>) {
        self.fileName = fileName
        self.fingerprints = fingerprints
    }

    /// Reads the baseline file at `file`.
    public static func load(file: String) throws(RuleLoadError) -> Baseline {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw RuleLoadError(file: file, line: 0, message: "cannot read the file: \(error.localizedDescription)")
        }
        return try load(json: data, file: file)
    }

    /// Reads a baseline from `json`, `file` naming it in errors and in justifications.
    public static func load(json: Data, file: String) throws(RuleLoadError) -> Baseline {
        func failure(_ message: String) -> RuleLoadError { RuleLoadError(file: file, line: 0, message: message) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: json)
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            throw failure("invalid JSON: \(detail)")
        }
        let fileName = URL(fileURLWithPath: file).lastPathComponent
        if let document = object as? [String: Any], let list = document["fingerprints"] {
            guard (document["version"] as? Int) == 1 else { throw failure("\"version\" must be 1") }
            guard let fingerprints = list as? [String] else {
                throw failure("\"fingerprints\" must be a list of strings")
            }
            return Baseline(fileName: fileName, fingerprints: Set(fingerprints))
        }
        if let document = object as? [String: Any], let list = document["findings"] {
            let fingerprints = (list as? [Any])?.map { ($0 as? [String: Any])?["fingerprint"] as? String }
            guard let fingerprints, !fingerprints.contains(nil) else {
                throw failure("\"findings\" must be a list of objects with a \"fingerprint\" string")
            }
            return Baseline(fileName: fileName, fingerprints: Set(fingerprints.compactMap { $0 }))
        }
        throw failure("expected {\"version\": 1, \"fingerprints\": [...]} or a findings document with a \"findings\" list")
    }

    /// The baseline file for `findings` (suppressed or not): their fingerprints, sorted and unique.
    public static func write(findings: [Finding]) -> String {
        let fingerprints = Set(findings.map(\.fingerprint)).sorted()
        let items = fingerprints.map { "    \(jsonString($0))" }.joined(separator: ",\n")
        let list = fingerprints.isEmpty ? "[]" : "[\n\(items)\n  ]"
        return "{\n  \"version\": 1,\n  \"fingerprints\": \(list)\n}\n"
    }

    /// Marks the findings whose fingerprint is in the baseline as suppressed (`baselined`, "in
    /// baseline <file name>"); a finding already suppressed keeps its suppression.
    public func apply(to findings: [Finding]) -> [Finding] {
        findings.map { finding in
            guard finding.suppression == nil, fingerprints.contains(finding.fingerprint) else { return finding }
            var baselined = finding
            baselined.suppression = Suppression(kind: .baselined, justification: "in baseline \(fileName)")
            return baselined
        }
    }

    /// `text` as a JSON string literal.
    private static func jsonString(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case _ where scalar.value < 0x20: escaped += String(format: "\\u%04x", scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
