import ArgumentParser
import Foundation
import Reports

/// `image2container report <assessment.json>`: re-renders the reports without the capture.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Re-render report.html, report.md, findings.json, findings.sarif and junit.xml from a saved assessment.json."
    )

    @Argument(help: "An assessment.json written by convert.")
    var assessment: String

    @Option(name: .shortAndLong, help: "The output directory (default: the assessment's directory).")
    var output: String?

    func run() throws {
        let input = URL(fileURLWithPath: assessment)
        let result: AssessmentResult
        do {
            result = try JSONDecoder().decode(AssessmentResult.self, from: Data(contentsOf: input))
        } catch {
            printError("error: \(assessment): not a readable assessment.json (\(error.localizedDescription))")
            throw ExitStatus.inputError
        }
        guard result.schemaVersion == AssessmentResult.schemaVersion else {
            printError("error: \(assessment): schema version \(result.schemaVersion); this tool reads version \(AssessmentResult.schemaVersion)")
            throw ExitStatus.inputError
        }
        let directory = output.map { URL(fileURLWithPath: $0) } ?? input.deletingLastPathComponent()
        let links = Dictionary(uniqueKeysWithValues: result.assessment.workloads.map(\.workload.id).filter {
            FileManager.default.fileExists(atPath: directory.appendingPathComponent("\($0)/Dockerfile").path)
        }.map { ($0, "\($0)/Dockerfile") })
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for file in try ReportSet.files(for: result, dockerfileLinks: links) where file.name != "assessment.json" {
                try Data(file.contents.utf8).write(to: directory.appendingPathComponent(file.name), options: .atomic)
            }
        } catch {
            printError("error: cannot write the reports into \(directory.path): \(error.localizedDescription)")
            throw ExitStatus.inputError
        }
        print("Wrote report.html, report.md, findings.json, findings.sarif and junit.xml to \(directory.path)")
    }
}
