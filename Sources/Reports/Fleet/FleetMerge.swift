import Foundation

/// The `merge` job: the fleet summary from per-server results written elsewhere (by `check
/// --format json`, `assess` or `convert`, on any number of machines), reduced in one step.
public enum FleetMerge {
    /// Reads the results in `inputs` and writes `fleet.*` into `output` atomically.
    /// - Throws: `CheckFailure.input` when an input is missing or not a result, no result was
    ///   found, or the output cannot be written.
    public static func merge(inputs: [URL], output: URL, force: Bool) throws(CheckFailure) -> FleetSummary {
        let summary = FleetSummary.build(from: try results(from: inputs))
        let staged = try StagedDirectory.begin(output, force: force, capture: nil, inputs: inputs)
        try staged.commit(after: { () throws(CheckFailure) in try FleetReports.write(summary, into: staged) })
        return summary
    }

    /// The servers of `inputs`: each a result file (`findings.json`, `assessment.json` or
    /// `error.json`, recognised by content) or a directory searched for them (see
    /// `ServerFiles.resultFiles(in:)`). Every unreadable input is reported, not only the first.
    public static func results(from inputs: [URL]) throws(CheckFailure) -> [ServerResult] {
        var files: [URL] = []
        var errors: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: input.path, isDirectory: &isDirectory) {
                errors.append("\(input.path): no such file or directory")
            } else if isDirectory.boolValue {
                let found = ServerFiles.resultFiles(in: input)
                if found.isEmpty { errors.append("\(input.path): holds no findings.json, assessment.json or error.json") }
                files += found
            } else {
                files.append(input)
            }
        }
        var results: [ServerResult] = []
        for file in files {
            do {
                results.append(try ServerFiles.read(file))
            } catch {
                errors.append(error.description)
            }
        }
        guard errors.isEmpty else { throw .input(errors) }
        return results
    }
}
