import Foundation

/// Finds the shipped `rules/` directory (catalog and checks): `$IMAGE2CONTAINER_RULES` when set
/// (and nothing else then), otherwise
/// `rules/` beside the repository the executable was built in (`.build/<config>/image2container`),
/// then `share/image2container/rules` beside an installed executable, then `./rules`.
enum RulesLocation {
    static func shippedRules() -> URL? {
        if let override = ProcessInfo.processInfo.environment["IMAGE2CONTAINER_RULES"] {
            let url = URL(fileURLWithPath: override)
            return hasCatalog(url) ? url : nil
        }
        var candidates: [URL] = []
        // The running executable's real path (argv[0] may be a bare name found on PATH).
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("rules"))
            candidates.append(directory.appendingPathComponent("share/image2container/rules"))
            directory.deleteLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("rules"))
        return candidates.first(where: hasCatalog)
    }

    private static func hasCatalog(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("catalog").path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// The shipped rules, or exit code 3 with a message saying how to point at them.
    static func required() throws -> URL {
        guard let rules = shippedRules() else {
            printError("internal error: the shipped rules/ directory was not found; set IMAGE2CONTAINER_RULES")
            throw ExitStatus.internalError
        }
        return rules
    }
}
