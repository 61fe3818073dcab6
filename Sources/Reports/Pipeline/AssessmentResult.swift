import Analyzer

/// A saved analysis: the assessment (inventory, requirements, plans) and the check report. `convert`
/// writes it as `assessment.json`; `report` re-renders every report from it without the capture.
public struct AssessmentResult: Sendable, Hashable, Codable {
    /// Version of this document's JSON shape.
    public static let schemaVersion = 1

    public var schemaVersion: Int
    public var assessment: Assessment
    public var report: CheckReport

    public init(assessment: Assessment, report: CheckReport) {
        self.schemaVersion = AssessmentResult.schemaVersion
        self.assessment = assessment
        self.report = report
    }
}
