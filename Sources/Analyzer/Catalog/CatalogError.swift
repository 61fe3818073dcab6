import Foundation

/// Why the catalog could not be loaded, or a host name not resolved.
public enum CatalogError: Error, Hashable, CustomStringConvertible, LocalizedError {
    /// The file is missing or not UTF-8 text.
    case unreadable(file: String, reason: String)
    /// The file is not valid YAML.
    case invalidYAML(file: String, line: Int, message: String)
    /// A fact has no `source:`.
    case missingSource(file: String, line: Int, fact: String)
    /// A value has the wrong type or is missing.
    case invalidValue(file: String, line: Int, message: String)
    /// The facts contradict each other or name something the catalog lacks.
    case inconsistent(file: String, message: String)
    /// `--host` names nothing the catalog knows.
    case unknownHost(String)
    /// `--host` names a Windows version that cannot run containers.
    case notAContainerHost(name: String, build: Int, minimumBuild: Int)

    /// The message, starting with `file:line:` for errors in a file.
    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            "\(file): \(reason)"
        case let .invalidYAML(file, line, message):
            "\(Self.location(file, line)): invalid YAML: \(message)"
        case let .missingSource(file, line, fact):
            "\(Self.location(file, line)): fact \"\(fact)\" has no source; every fact needs a `source:` "
                + "(a URL or a windows-container-facts.md reference)"
        case let .invalidValue(file, line, message):
            "\(Self.location(file, line)): \(message)"
        case let .inconsistent(file, message):
            "\(file): \(message)"
        case let .unknownHost(name):
            "unknown container host \"\(name)\": give ltsc2019, ltsc2022, ltsc2025, another Windows version the "
                + "catalog knows (such as 23h2 or win11-24h2), or a build number such as 26100"
        case let .notAContainerHost(name, build, minimumBuild):
            "\(name) (build \(build)) cannot be a container host: Windows containers need build \(minimumBuild) or later"
        }
    }

    /// The same as `description`.
    public var errorDescription: String? { description }

    private static func location(_ file: String, _ line: Int) -> String {
        line > 0 ? "\(file):\(line)" : file
    }
}
