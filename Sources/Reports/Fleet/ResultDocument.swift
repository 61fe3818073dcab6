import Foundation

/// A per-server result file as `merge` reads it, recognised by its keys: an `error` key makes an
/// `error.json`, an `assessment` key an `assessment.json`, anything else a `findings.json`.
enum ResultDocument: Decodable {
    case assessment(AssessmentResult)
    case report(CheckReport)
    case failure(ServerFailure)

    /// A result of a schema version this build does not read.
    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    private enum Keys: String, CodingKey {
        case schemaVersion, assessment, error
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        if container.contains(.error) {
            self = .failure(try ServerFailure(from: decoder))
            return
        }
        let isAssessment = container.contains(.assessment)
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        let supported = isAssessment ? AssessmentResult.schemaVersion : CheckReport.schemaVersion
        guard version == supported else {
            throw Unsupported(description: "schema version \(version) is not supported (this image2container reads version \(supported))")
        }
        self = isAssessment ? .assessment(try AssessmentResult(from: decoder)) : .report(try CheckReport(from: decoder))
    }

    /// The server it describes.
    var result: ServerResult {
        switch self {
        case .assessment(let saved): .analysed(AnalysedServer(report: saved.report, host: saved.assessment.inventory.host))
        case .report(let report): .analysed(AnalysedServer(report: report, host: nil))
        case .failure(let failure): .failed(failure)
        }
    }

    /// A decoding error in one line, naming the JSON path.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "the document" : codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
