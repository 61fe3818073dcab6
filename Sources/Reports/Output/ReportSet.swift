import Foundation

/// The report files `convert` writes beside the build contexts and `report` re-renders from a saved
/// `assessment.json`: the same bytes for the same result.
public enum ReportSet {
    /// File name → contents, sorted by name.
    public static func files(for result: AssessmentResult, dockerfileLinks: [String: String]) throws -> [(name: String, contents: String)] {
        [
            ("assessment.json", try JSONOutput.string(result)),
            ("findings.json", try JSONOutput.string(result.report)),
            ("findings.sarif", try SarifEmitter.render(result.report)),
            ("junit.xml", JUnitEmitter.render(result.report)),
            ("report.html", HTMLReport.render(result, dockerfileLinks: dockerfileLinks)),
            ("report.md", MarkdownReport.render(result, dockerfileLinks: dockerfileLinks)),
        ]
    }
}
