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
        let loaded = TextFile.read(file, limit: limits.maxTextFileBytes)
        guard let text = loaded.value else { return ReadResult(value: nil, diagnostics: loaded.diagnostics) }
        let data = Data(text.text.utf8)
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            return ReadResult(value: nil, diagnostics: [Diagnostic(
                .error, file.location(line: JSONParseError(error, in: data).line),
                "not valid JSON; expected a JSON object with hostname, capturedAt and collectorVersion")])
        }
        guard let object = parsed as? [String: Any] else {
            return ReadResult(value: nil, diagnostics: [Diagnostic(
                .error, file.location(line: 1),
                "not a JSON object; expected a JSON object with hostname, capturedAt and collectorVersion")])
        }
        var values: [String: String] = [:]
        var diagnostics = loaded.diagnostics
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

    /// The first line holding `"key"`, or 1.
    private static func line(of key: String, in lines: [String]) -> Int {
        (lines.firstIndex { $0.contains("\"\(key)\"") } ?? 0) + 1
    }
}
