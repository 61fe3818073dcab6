/// Runs every check against its own examples (`rules validate` and the test suite).
public struct ExampleRunner {
    /// Produces the assessment XML of a shipped example capture by name; it lives in higher modules.
    public typealias CaptureAssessment = (_ captureName: String) throws -> String

    private let captureAssessment: CaptureAssessment?

    /// A runner; without `captureAssessment`, `capture:` examples are skipped.
    public init(captureAssessment: CaptureAssessment? = nil) {
        self.captureAssessment = captureAssessment
    }

    /// The examples of `checks` that do not behave, in check and example order. Each capture is
    /// analysed once.
    public func run(_ checks: [Check]) -> [ExampleFailure] {
        var captures: [String: Result<XPathDocument, ExampleInputError>] = [:]
        return checks.flatMap { check in
            [(ExampleFailure.List.fires, check.examples.fires), (.passes, check.examples.passes)].flatMap { list, examples in
                examples.enumerated().compactMap { index, example -> ExampleFailure? in
                    guard let document = document(of: example, captures: &captures) else { return nil }
                    let expected = Self.expectation(list, example)
                    let actual = Self.outcome(of: check, on: document)
                    guard !expected.accepts(actual.count) else { return nil }
                    return ExampleFailure(checkID: check.id, list: list, index: index, expected: expected.words,
                                          actual: actual.words, file: check.file, line: example.line)
                }
            }
        }
    }

    /// The document of `example`; nil for a capture example when no capture closure was given.
    private func document(of example: CheckExample, captures: inout [String: Result<XPathDocument, ExampleInputError>])
        -> Result<XPathDocument, ExampleInputError>? {
        switch example.input {
        case .xml(let xml):
            return Result { () throws(XPathDocument.Failure) in try XPathDocument(xml: xml) }
                .mapError { ExampleInputError(reason: "the XML does not parse: \($0)") }
        case .capture(let name):
            guard let captureAssessment else { return nil }
            let document = captures[name] ?? Self.analyse(name, with: captureAssessment)
            captures[name] = document
            return document
        }
    }

    private static func analyse(_ name: String, with assessment: CaptureAssessment)
        -> Result<XPathDocument, ExampleInputError> {
        do {
            return .success(try XPathDocument(xml: try assessment(name)))
        } catch {
            return .failure(ExampleInputError(reason: "capture '\(name)' failed: \(error)"))
        }
    }

    /// What an example promises, as a test on the finding count and in words.
    private static func expectation(_ list: ExampleFailure.List, _ example: CheckExample)
        -> (accepts: (Int?) -> Bool, words: String) {
        switch (list, example.count) {
        case (.passes, _): ({ $0 == 0 }, "no findings")
        case (.fires, let count?): ({ $0 == count }, "exactly \(findings(count))")
        case (.fires, nil): ({ ($0 ?? 0) > 0 }, "at least 1 finding")
        }
    }

    /// The finding count of `check` on `document` (nil when it could not run) and what happened in words.
    private static func outcome(of check: Check, on document: Result<XPathDocument, ExampleInputError>)
        -> (count: Int?, words: String) {
        switch document {
        case .failure(let error):
            return (nil, error.reason)
        case .success(let document):
            let evaluation = CheckEvaluator(checks: [check]).evaluate(document)
            if let error = evaluation.ruleErrors.first {
                return (nil, "a rule error: \(error.message)")
            }
            return (evaluation.findings.count, findings(evaluation.findings.count))
        }
    }

    private static func findings(_ count: Int) -> String { count == 1 ? "1 finding" : "\(count) findings" }
}

/// Why an example's document could not be had.
private struct ExampleInputError: Error {
    var reason: String
}
