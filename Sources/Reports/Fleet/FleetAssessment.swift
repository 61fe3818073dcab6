import Foundation

/// The `assess` job: every capture of a directory through the check pipeline, several at a time,
/// into per-server results and a fleet summary. A capture that cannot be analysed is recorded and
/// the others go on.
public enum FleetAssessment {
    /// Assesses the captures in `directory` with the options of `template` (its `capture` is
    /// ignored), at most `jobs` at a time, and writes `servers/<name>/…` and `fleet.*` into `output`
    /// atomically. `progress` is called once per capture, as each finishes, never concurrently.
    /// - Throws: `CheckFailure.input` when the directory holds no capture, the checks do not load,
    ///   or the output cannot be written; failures of single captures are in the summary instead.
    public static func assess(
        directory: URL, template: CheckRequest, jobs: Int, output: URL, force: Bool,
        progress: @escaping @Sendable (FleetProgress) -> Void
    ) async throws(CheckFailure) -> FleetSummary {
        let captures = try captures(in: directory)
        let rules = try CheckPipeline.loadRules(template)
        let staged = try StagedDirectory.begin(output, force: force, capture: directory, inputs: [directory])
        let results = await run(captures: captures, template: template, rules: rules, jobs: jobs, into: staged,
                                progress: progress)
        let summary = FleetSummary.build(from: results)
        try staged.commit(after: { () throws(CheckFailure) in try FleetReports.write(summary, into: staged) })
        return summary
    }

    /// The captures in `directory`: each folder and each `.zip` file in it (hidden entries and other
    /// files skipped), sorted by name.
    public static func captures(in directory: URL) throws(CheckFailure) -> [URL] {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw .input(["\(directory.path): not a readable directory of captures"])
        }
        let captures = entries.sorted().filter { !$0.hasPrefix(".") }.map { directory.appendingPathComponent($0) }.filter { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
                && (isDirectory.boolValue || url.pathExtension.lowercased() == "zip")
        }
        guard !captures.isEmpty else { throw .input(["\(directory.path): holds no capture (a folder or a .zip file)"]) }
        return captures
    }

    /// Runs the check pipeline with `rules` on each of `captures`, at most `jobs` at a time, writing
    /// each one's files into `servers/<name>/` of `output` as it finishes. The results are in the
    /// order of `captures`, whatever order they finish in.
    public static func run(
        captures: [URL], template: CheckRequest, rules: CheckPipeline.Rules, jobs: Int, into output: StagedDirectory,
        progress: @escaping @Sendable (FleetProgress) -> Void
    ) async -> [ServerResult] {
        let folders = ServerDirectoryName.assign(captures.map(name(of:)))
        var results = [ServerResult?](repeating: nil, count: captures.count)
        await withTaskGroup(of: (Int, ServerResult).self) { group in
            var next = 0
            func startNext() -> Bool {
                guard next < captures.count else { return false }
                let index = next
                var request = template
                request.capture = captures[index]
                let job = request
                let folder = "servers/\(folders[index])"
                group.addTask { (index, analyse(job, rules: rules, into: output, folder: folder)) }
                next += 1
                return true
            }
            while next < max(jobs, 1), startNext() {}
            var completed = 0
            while let (index, result) = await group.next() {
                results[index] = result
                completed += 1
                progress(FleetProgress(completed: completed, total: captures.count, server: result.name, status: status(of: result)))
                _ = startNext()
            }
        }
        return results.compactMap { $0 }
    }

    /// The name the capture loader gives the capture at `url`: a folder's name, or a file's without its extension.
    static func name(of url: URL) -> String {
        var isDirectory: ObjCBool = false
        let isFolder = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        return isFolder ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
    }

    private static func analyse(_ request: CheckRequest, rules: CheckPipeline.Rules, into output: StagedDirectory,
                                folder: String) -> ServerResult {
        let name = name(of: request.capture)
        let outcome: CheckPipeline.Outcome
        do {
            outcome = try CheckPipeline.run(request, rules: rules)
        } catch {
            let failure = ServerFailure(capture: name, error: error.description)
            try? ServerFiles.write(failure, into: output, folder: folder)
            return .failed(failure)
        }
        do {
            try ServerFiles.write(outcome, into: output, folder: folder)
        } catch {
            return .failed(ServerFailure(capture: name, error: "\(error)"))
        }
        return .analysed(AnalysedServer(report: outcome.report, host: outcome.assessment.inventory.host))
    }

    private static func status(of result: ServerResult) -> FleetProgress.Status {
        switch result {
        case .failed(let failure): .failed(failure.error)
        case .analysed(let server): server.gate.failed ? .gateFailed : .passed
        }
    }
}
