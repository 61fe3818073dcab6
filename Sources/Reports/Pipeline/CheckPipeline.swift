import Analyzer
import Foundation
import ManifestReaders
import RuleEngine

/// The whole `check` job for one capture: read it, assess it, run the checks, apply waivers and the
/// baseline, and decide the gate. Every command that analyses a capture runs this.
public enum CheckPipeline {
    /// What a run produced.
    public struct Outcome: Sendable {
        public var assessment: Assessment
        public var report: CheckReport

        /// The XML document the checks ran over, written again from the assessment (the same bytes):
        /// a run does not keep it, as it is the largest thing a 10,000-site run holds.
        public var assessmentXML: String { AssessmentXMLEncoder.document(for: assessment) }
    }

    /// The tool name and version written into reports.
    public static let tool = CheckReport.ToolInfo(name: "image2container", version: "0.1.0")

    /// The catalog and the checks a run uses: loaded once for every capture of a fleet.
    public struct Rules: Sendable {
        public var catalog: Catalog
        /// The checks, ready to run on every capture.
        public let evaluator: CheckEvaluator
        public var checks: [Check] { evaluator.checks }

        init(catalog: Catalog, checks: [Check]) {
            self.catalog = catalog
            evaluator = CheckEvaluator(checks: checks)
        }
    }

    /// Runs the whole job for `request`, loading its rules first.
    public static func run(_ request: CheckRequest) throws(CheckFailure) -> Outcome {
        try run(request, rules: loadRules(request))
    }

    /// Runs the whole job for `request` with `rules` loaded by `loadRules` for the same rule options.
    public static func run(_ request: CheckRequest, rules: Rules) throws(CheckFailure) -> Outcome {
        let catalog = rules.catalog
        let checks = rules.checks
        let inventory: Inventory
        do {
            inventory = try CaptureLoader.load(request.capture)
        } catch {
            throw .input(["\(error)"])
        }
        let assessment: Assessment
        do {
            assessment = try AssessmentBuilder.build(inventory: inventory, options: request.options, catalog: catalog)
        } catch {
            throw .input(["\(error)"])
        }
        let evaluation: Evaluation
        do {
            evaluation = rules.evaluator.evaluate(try AssessmentTree.document(for: assessment))
        } catch {
            throw .internalError("the assessment document cannot be built: \(error)")
        }
        let suppressed = try suppress(evaluation.findings, request: request)
        let report = CheckReportBuilder.report(
            assessment: assessment, checks: checks, findings: suppressed.findings, ruleErrors: evaluation.ruleErrors,
            expiredWaivers: suppressed.expired, failOn: request.failOn, tool: tool)
        return Outcome(assessment: assessment, report: report)
    }

    /// The catalog and the checks of `request`; any load error is an input error.
    public static func loadRules(_ request: CheckRequest) throws(CheckFailure) -> Rules {
        let catalog: Catalog
        do {
            catalog = try CatalogLoader.load(directory: request.rulesDirectory.appendingPathComponent("catalog"))
        } catch {
            throw .input(["\(error)"])
        }
        return Rules(catalog: catalog, checks: try loadChecks(request))
    }

    /// The shipped checks plus `--rules` directories, less `--disable`d ones; any load error is an input error.
    public static func loadChecks(_ request: CheckRequest) throws(CheckFailure) -> [Check] {
        let directories = [request.rulesDirectory.appendingPathComponent("checks")] + request.extraCheckDirectories
        let set = CheckLoader.load(directories: directories.map(\.path)).disabling(request.disabledChecks)
        guard set.errors.isEmpty else { throw .input(set.errors.map(\.description)) }
        return set.checks
    }

    private static func suppress(_ findings: [Finding], request: CheckRequest) throws(CheckFailure)
        -> (findings: [Finding], expired: [ExpiredWaiver]) {
        var findings = findings
        var expired: [ExpiredWaiver] = []
        if let file = request.waivers {
            let waivers = WaiverSet.load(file: file.path)
            guard waivers.errors.isEmpty else { throw .input(waivers.errors.map(\.description)) }
            let result = waivers.apply(to: findings, asOf: request.options.asOf)
            findings = result.findings
            expired = result.expired
        }
        if let file = request.baseline {
            do {
                findings = try Baseline.load(file: file.path).apply(to: findings)
            } catch {
                throw .input([error.description])
            }
        }
        return (findings, expired)
    }
}
