import Analyzer
import Foundation
import ManifestReaders
import Testing

/// Loads the example captures and renders requirements as compact lines, so the example tests
/// can state every derived value and its provenance exactly.
enum RequirementExamples {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func inventory(_ capture: String) throws -> Inventory {
        try CaptureLoader.load(repositoryRoot.appendingPathComponent("examples/captures/\(capture)"))
    }

    /// The requirements of every workload of `capture`, by workload name.
    static func requirements(_ capture: String, mode: WorkloadSplitter.Mode = .perSiteAndService) throws
        -> [String: WorkloadRequirements] {
        let inventory = try inventory(capture)
        let workloads = WorkloadSplitter(mode: mode).workloads(of: inventory)
        return Dictionary(uniqueKeysWithValues: workloads.map {
            ($0.name, RequirementDeriver.requirements(for: $0, in: inventory))
        })
    }

    /// The scalar values: runtime, framework and flags.
    static func summary(_ r: WorkloadRequirements) -> String {
        let flags = [
            ("iis", r.image.iis), ("bit32", r.image.thirtyTwoBit), ("powerShell", r.image.powerShell),
            ("msi", r.image.msi), ("fullApi", r.image.fullAPI), ("gpu", r.image.gpu),
            ("wcfNonHttp", r.image.wcfNonHTTP), ("classicAsp", r.classicASP), ("msmq", r.msmq),
            ("msdtc", r.msdtc), ("comPlus", r.comPlus),
        ].filter(\.1).map(\.0)
        return "\(r.runtime) \(r.image.dotNetFramework ?? "-") \(flags.joined(separator: ","))"
    }

    static func features(_ r: WorkloadRequirements) -> [String] { r.features.map(\.name) }

    static func reasons(_ r: WorkloadRequirements) -> [String] {
        r.features.map { "\($0.name): \($0.reason) @\($0.source)" }
    }

    static func modules(_ r: WorkloadRequirements) -> [String] {
        r.modules.map { "\($0.name) \($0.image ?? "-") \($0.installer) @\($0.source)" }
    }

    static func ports(_ r: WorkloadRequirements) -> [String] {
        r.ports.map {
            "\($0.protocol) \($0.ipAddress ?? "-") \($0.port.map(String.init) ?? "-") \($0.hostHeader ?? "-") @\($0.source)"
        }
    }

    static func identities(_ r: WorkloadRequirements) -> [String] {
        r.identities.map { "\($0.kind) \($0.name) \($0.type) \($0.account ?? "-") \($0.domain) @\($0.source)" }
    }

    static func authentication(_ r: WorkloadRequirements) -> [String] {
        r.authentication.map { "\($0.type) \($0.scope) @\($0.source)" }
    }

    static func paths(_ r: WorkloadRequirements) -> [String] {
        r.paths.map {
            "\($0.kind) \($0.path) \($0.drive ?? "-") \($0.application ?? "-") \($0.virtualPath ?? "-") @\($0.source)"
        }
    }
}

@Suite struct RequirementExampleTests {
    static let captures = ["intranet-aspnet48", "multi-site-webfarm", "orders-service-msmq"]

    @Test(arguments: captures)
    func everyRequirementPointsAtAFileOfTheCapture(capture: String) throws {
        let files = Set(try RequirementExamples.inventory(capture).inputs.map(\.path))
        for mode in WorkloadSplitter.Mode.allCases {
            for (name, r) in try RequirementExamples.requirements(capture, mode: mode) {
                let sources = r.features.map(\.source) + r.modules.map(\.source) + r.ports.map(\.source)
                    + r.identities.map(\.source) + r.authentication.map(\.source) + r.paths.map(\.source)
                for source in sources {
                    #expect(files.contains(source.file) && source.line > 0, "\(name): \(source)")
                }
            }
        }
    }

    @Test(arguments: captures)
    func derivationIsDeterministic(capture: String) throws {
        #expect(try RequirementExamples.requirements(capture) == RequirementExamples.requirements(capture))
    }
}
