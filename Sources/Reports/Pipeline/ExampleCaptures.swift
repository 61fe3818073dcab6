import Analyzer
import Foundation
import ManifestReaders

/// The shipped example captures that checks name in `capture:` examples, analysed with the default
/// options (newest LTSC host, auto isolation) as of a fixed date so examples give the same verdict
/// every day.
public struct ExampleCaptures: Sendable {
    /// The date examples are judged by.
    public static let asOf = "2026-11-23"

    /// `examples/captures` beside the rules directory.
    public var directory: URL
    public var catalog: Catalog

    /// Example captures for the rules at `rulesDirectory` (`<repo>/rules` → `<repo>/examples/captures`).
    public init(rulesDirectory: URL) throws {
        directory = rulesDirectory.deletingLastPathComponent().appendingPathComponent("examples/captures")
        catalog = try CatalogLoader.load(directory: rulesDirectory.appendingPathComponent("catalog"))
    }

    /// The assessment XML of the example capture `name`.
    public func assessmentXML(named name: String) throws -> String {
        guard !name.contains("/"), !name.hasPrefix(".") else { throw CaptureError("'\(name)' is not an example capture name") }
        let inventory = try CaptureLoader.load(directory.appendingPathComponent(name))
        let assessment = try AssessmentBuilder.build(
            inventory: inventory, options: AnalysisOptions(asOf: Self.asOf), catalog: catalog)
        return AssessmentXMLEncoder.document(for: assessment)
    }
}
