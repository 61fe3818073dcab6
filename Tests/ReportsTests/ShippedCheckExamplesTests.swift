import Foundation
import Reports
import RuleEngine
import Testing

/// Every shipped check fires on its `fires` examples and stays quiet on its `passes` examples,
/// including the examples that name a shipped capture (run through the whole pipeline).
@Suite struct ShippedCheckExamplesTests {
    @Test func everyShippedCheckBehavesOnItsExamples() throws {
        let rules = CheckPipelineTests.rules
        let set = CheckLoader.load(directories: [rules.appendingPathComponent("checks").path])
        #expect(set.errors.map(\.description) == [])
        #expect(set.checks.count >= 60)
        let captures = try ExampleCaptures(rulesDirectory: rules)
        let failures = ExampleRunner(captureAssessment: captures.assessmentXML(named:)).run(set.checks)
        #expect(failures.map(\.description) == [])
        let captureExamples = set.checks.flatMap { $0.examples.fires + $0.examples.passes }.filter {
            if case .capture = $0.input { true } else { false }
        }
        #expect(captureExamples.count >= 3)
    }
}
