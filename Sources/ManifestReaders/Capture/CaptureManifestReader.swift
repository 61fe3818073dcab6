import Foundation

/// Reads the capture's `manifest.json`: a JSON object with `hostname`, `capturedAt`,
/// `collectorVersion` and `notes` (all optional strings; other keys are ignored).
public struct CaptureManifestReader: Sendable {
    /// Size bounds; `maxTextFileBytes` caps the file size.
    public var limits: InputLimits

    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    /// The keys this reader takes, in the order they are reported.
    private static let keys = ["hostname", "capturedAt", "collectorVersion", "notes"]

    /// True for a JSON object with a `collectorVersion` or `capturedAt` key (the keys only the
    /// collector's manifest has). A file named `manifest.json` at the capture root is taken as the
    /// manifest whatever it holds; `InputSniffer` decides that from the path.
    public static func recognizes(_ sample: InputSample) -> Bool {
        guard sample.trimmedStart.hasPrefix("{"),
              let object = try? JSONSerialization.jsonObject(with: Data(sample.text.utf8)) as? [String: Any]
        else { return false }
        return object["collectorVersion"] != nil || object["capturedAt"] != nil
    }

    /// Reads `file`. The value is nil when the file is not a readable JSON object; each problem is
    /// a diagnostic naming the line.
    public func read(_ file: CaptureFile) -> ReadResult<CaptureManifest?> {
        let text: TextFile
        do {
            text = try TextFile(contentsOf: file, limit: limits.maxTextFileBytes)
        } catch {
            return ReadResult(value: nil, diagnostics: [Diagnostic(.error, file.location(line: 0), "\(error)")])
        }
        let data = Data(text.text.utf8)
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            let line = Self.errorLine(error, in: data, lineCount: text.lines.count)
            return ReadResult(value: nil, diagnostics: [Diagnostic(
                .error, file.location(line: line),
                "not valid JSON; expected a JSON object with hostname, capturedAt and collectorVersion")])
        }
        guard let object = parsed as? [String: Any] else {
            return ReadResult(value: nil, diagnostics: [Diagnostic(
                .error, file.location(line: 1),
                "not a JSON object; expected a JSON object with hostname, capturedAt and collectorVersion")])
        }
        var values: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for key in Self.keys {
            switch object[key] {
            case nil, is NSNull:
                continue
            case let value as String:
                values[key] = value
            default:
                diagnostics.append(Diagnostic(
                    .warning, file.location(line: Self.line(of: key, in: text.lines)),
                    "manifest key '\(key)' is not a string; ignored"))
            }
        }
        let manifest = CaptureManifest(
            hostname: values["hostname"], capturedAt: values["capturedAt"],
            collectorVersion: values["collectorVersion"], notes: values["notes"],
            source: file.location(line: 1))
        return ReadResult(value: manifest, diagnostics: diagnostics)
    }

    /// The 1-based line Foundation's parse error points at: "line N" (Darwin) or "character N", a
    /// 0-based byte offset (Linux); the last line when the text ended early.
    private static func errorLine(_ error: any Error, in data: Data, lineCount: Int) -> Int {
        let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
        if let line = number(after: "line ", in: detail) { return line }
        if let offset = number(after: "character ", in: detail) {
            return data.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        }
        return max(lineCount, 1)
    }

    /// The decimal number right after `marker` in `text`.
    private static func number(after marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        return Int(text[range.upperBound...].prefix(while: \.isNumber))
    }

    /// The first line holding `"key"`, or 1.
    private static func line(of key: String, in lines: [String]) -> Int {
        (lines.firstIndex { $0.contains("\"\(key)\"") } ?? 0) + 1
    }
}
