import Foundation

/// The files of one server under `servers/<name>/`: `findings.json` (exactly what
/// `check --format json` writes), `report.txt` (what `check` prints) and `assessment.json` (the
/// saved analysis `convert` writes, which also carries the source OS), or `error.json` for a capture
/// that could not be analysed.
enum ServerFiles {
    static let findings = "findings.json"
    static let report = "report.txt"
    static let assessment = "assessment.json"
    static let error = "error.json"

    /// Writes the files of an analysed capture into `folder` of `output`.
    static func write(_ outcome: CheckPipeline.Outcome, into output: StagedDirectory, folder: String) throws {
        try output.write(try JSONOutput.string(outcome.report), to: "\(folder)/\(findings)")
        try output.write(CheckTextRenderer.render(outcome.report), to: "\(folder)/\(report)")
        let saved = AssessmentResult(assessment: outcome.assessment, report: outcome.report)
        try output.write(try JSONOutput.string(saved), to: "\(folder)/\(assessment)")
    }

    /// Writes the error record of a capture that could not be analysed into `folder` of `output`.
    static func write(_ failure: ServerFailure, into output: StagedDirectory, folder: String) throws {
        try output.write(try JSONOutput.string(failure), to: "\(folder)/\(error)")
    }

    /// The result files under `directory`, at any depth (hidden folders skipped): every
    /// `assessment.json` and `error.json`, and every `findings.json` without an `assessment.json`
    /// beside it (which holds the same report and more). Sorted by path.
    static func resultFiles(in directory: URL) -> [URL] {
        let found = (FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil,
                                                     options: [.skipsHiddenFiles])?.allObjects ?? [])
            .compactMap { $0 as? URL }
            .filter { [findings, assessment, error].contains($0.lastPathComponent) }
        let withAssessment = Set(found.filter { $0.lastPathComponent == assessment }.map { $0.deletingLastPathComponent().path })
        return found
            .filter { $0.lastPathComponent != findings || !withAssessment.contains($0.deletingLastPathComponent().path) }
            .sorted { $0.path < $1.path }
    }

    /// Reads a result file by its content: an `assessment.json`, an `error.json` or a `findings.json`.
    static func read(_ file: URL) throws(CheckFailure) -> ServerResult {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw .input(["\(file.path): cannot be read: \(error.localizedDescription)"])
        }
        do {
            return try JSONDecoder().decode(ResultDocument.self, from: data).result
        } catch let error as ResultDocument.Unsupported {
            throw .input(["\(file.path): \(error.description)"])
        } catch {
            throw .input(["\(file.path): not a findings.json, assessment.json or error.json of image2container: "
                + ResultDocument.describe(error)])
        }
    }
}
