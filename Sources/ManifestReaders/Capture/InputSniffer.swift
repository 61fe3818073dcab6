import Foundation

/// Decides what each capture file is by its content (the first 64 KiB), asking each reader in turn:
/// capture manifest, `applicationHost.config`, `web.config`, registry export, service list, feature
/// list. A file named `manifest.json` at the capture root is the manifest whatever it holds, so a
/// broken one is reported instead of ignored.
public enum InputSniffer {
    /// What the file at capture-relative `path` whose start is `sample` is; nil when no reader
    /// recognises it.
    public static func kind(of sample: InputSample, path: String) -> InputKind? {
        if path.lowercased() == "manifest.json" || CaptureManifestReader.recognizes(sample) { return .captureManifest }
        if ApplicationHostConfigReader.recognizes(sample) { return .applicationHostConfig }
        if WebConfigReader.recognizes(sample) { return .webConfig }
        if RegFileReader.recognizes(sample) { return .registryExport }
        if ServiceListReader.recognizes(sample) { return .serviceList }
        if FeatureListReader.recognizes(sample) { return .featureList }
        return nil
    }

    /// Reads the start of `file` and says what it is, with its size. An unrecognised file gets an
    /// info diagnostic, one that cannot be opened an error; both are then ignored.
    public static func sniff(_ file: CaptureFile) -> ReadResult<CapturedInput> {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file.url.path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        guard let sample = InputSample(url: file.url) else {
            return ReadResult(
                value: CapturedInput(path: file.path, kind: nil, size: size),
                diagnostics: [Diagnostic(.error, file.location(line: 0), "file cannot be opened; ignored")])
        }
        let kind = kind(of: sample, path: file.path)
        let diagnostics = kind == nil
            ? [Diagnostic(.info, file.location(line: 0), "not a recognised capture input; ignored")] : []
        return ReadResult(value: CapturedInput(path: file.path, kind: kind, size: size), diagnostics: diagnostics)
    }
}
