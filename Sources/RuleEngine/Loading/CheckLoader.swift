import Foundation

/// Loads checks from rule files: every `*.yaml` and `*.yml` under the given directories (any depth,
/// hidden files and folders skipped), in sorted path order, validated as `docs/checks.md` says.
public enum CheckLoader {
    /// The checks of every rule file under `directories`. Ids must be unique across all of them: a
    /// later duplicate is an error.
    public static func load(directories: [String]) -> CheckSet {
        var collector = Collector()
        for directory in directories {
            do {
                for file in try ruleFiles(in: directory) {
                    do {
                        collector.add(try YAMLSource.text(ofFile: file), file: file)
                    } catch {
                        collector.errors.append(error)
                    }
                }
            } catch {
                collector.errors.append(error)
            }
        }
        return CheckSet(checks: collector.checks, errors: collector.errors)
    }

    /// The checks of one rule file's text, `file` naming it in errors.
    public static func load(yaml: String, file: String) -> CheckSet {
        var collector = Collector()
        collector.add(yaml, file: file)
        return CheckSet(checks: collector.checks, errors: collector.errors)
    }

    /// The rule files under `directory`, sorted, each named `directory/relative/path.yaml`.
    static func ruleFiles(in directory: String) throws(RuleLoadError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw RuleLoadError(file: directory, line: 0, message: "no such directory")
        }
        guard isDirectory.boolValue else {
            throw RuleLoadError(file: directory, line: 0, message: "not a directory")
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let relativePaths = FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []
        return relativePaths.filter { path in
            (path.hasSuffix(".yaml") || path.hasSuffix(".yml"))
                && !path.split(separator: "/").contains { $0.hasPrefix(".") }
                && isRegularFile(prefix + path)
        }.sorted().map { prefix + $0 }
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Accumulates checks and errors over files, enforcing unique ids.
    private struct Collector {
        var checks: [Check] = []
        var errors: [RuleLoadError] = []
        private var firstDefinitions: [String: Check] = [:]

        /// Reads the `checks:` list of one file; the file's errors are added in line order.
        mutating func add(_ text: String, file: String) {
            var fileErrors: [RuleLoadError] = []
            for item in YAMLSource.items(of: "checks", in: text, file: file, errors: &fileErrors) {
                guard let check = CheckReader.check(item, file: file, errors: &fileErrors) else { continue }
                if let first = firstDefinitions[check.id] {
                    fileErrors.append(RuleLoadError(file: file, line: check.line,
                                                    message: "duplicate id '\(check.id)' (first defined at \(first.file):\(first.line))"))
                } else {
                    firstDefinitions[check.id] = check
                    checks.append(check)
                }
            }
            errors += fileErrors.inLineOrder()
        }
    }
}
