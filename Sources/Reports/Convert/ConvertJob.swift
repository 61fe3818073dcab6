import Analyzer
import Foundation

/// What `convert` is asked to do.
public struct ConvertRequest: Sendable {
    /// The analysis and gate, as `check` runs them.
    public var check: CheckRequest
    /// The output directory.
    public var output: URL
    /// Replace a non-empty output directory.
    public var force: Bool
    /// Workloads to convert (`--workload`): a workload id, a site or service name, or `site/app`
    /// (the site holding that application); empty for every workload that is ready.
    public var workloads: [String]
    /// A copy of the server's drives (`<root>/C/…`, `<root>/D/…`) to copy content from.
    public var contentRoot: URL?
    public var dockerfile: DockerfileOptions

    public init(check: CheckRequest, output: URL, force: Bool = false, workloads: [String] = [],
                contentRoot: URL? = nil, dockerfile: DockerfileOptions = DockerfileOptions()) {
        self.check = check
        self.output = output
        self.force = force
        self.workloads = workloads
        self.contentRoot = contentRoot
        self.dockerfile = dockerfile
    }
}

/// `convert`: the check pipeline, then a build context per ready (or ready-with-changes) workload and
/// every report, written atomically into the output directory.
public enum ConvertJob {
    /// What was written.
    public struct Outcome: Sendable {
        public var check: CheckPipeline.Outcome
        /// Workload ids that got a build context.
        public var converted: [String]
        /// Workload ids left out because they are blocked.
        public var blocked: [String]
        /// Content folders that could not be copied from `--content-root` (source path and why).
        public var contentNotCopied: [String]
    }

    public static func run(_ request: ConvertRequest) throws(CheckFailure) -> Outcome {
        let staged: StagedDirectory
        do {
            staged = try StagedDirectory.begin(request.output, force: request.force, capture: request.check.capture)
        } catch {
            throw .input([error.description])
        }
        let outcome: Outcome
        do {
            outcome = try convert(request, into: staged)
        } catch {
            staged.discard()
            throw error
        }
        do {
            try staged.commit()
        } catch {
            throw .input([error.description])
        }
        return outcome
    }

    private static func convert(_ request: ConvertRequest, into staged: StagedDirectory) throws(CheckFailure) -> Outcome {
        let check = try CheckPipeline.run(request.check)
        let selected = try WorkloadSelection.select(request.workloads, in: check.assessment)
        let readiness = Dictionary(uniqueKeysWithValues: check.report.workloads.map { ($0.id, $0.readiness) })
        var converted: [String] = []
        var blocked: [String] = []
        var notCopied: [String] = []
        do {
            let index = InventoryIndex(check.assessment.inventory)
            for assessed in check.assessment.workloads where selected.contains(assessed.workload.id) {
                guard readiness[assessed.workload.id] != .blocked else {
                    blocked.append(assessed.workload.id)
                    continue
                }
                let context = BuildContextGenerator.context(
                    for: assessed, in: check.assessment, index: index, options: request.dockerfile)
                for file in context.files {
                    try staged.write(file.contents, to: "\(context.workloadID)/\(file.path)")
                }
                if let root = request.contentRoot {
                    notCopied += try ContentCopier.copy(context: context, from: root, into: staged)
                }
                converted.append(assessed.workload.id)
            }
            let links = Dictionary(uniqueKeysWithValues: converted.map { ($0, "\($0)/Dockerfile") })
            let result = AssessmentResult(assessment: check.assessment, report: check.report)
            for file in try ReportSet.files(for: result, dockerfileLinks: links) {
                try staged.write(file.contents, to: file.name)
            }
        } catch let failure as StagedDirectory.Failure {
            throw .input([failure.description])
        } catch {
            throw .internalError("\(error)")
        }
        return Outcome(check: check, converted: converted, blocked: blocked, contentNotCopied: notCopied)
    }
}
