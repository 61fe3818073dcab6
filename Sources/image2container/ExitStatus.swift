import ArgumentParser
import Reports

/// The exit codes the README documents.
enum ExitStatus {
    /// Everything went through.
    static let success = ExitCode(0)
    /// Findings at or above `--fail-on`.
    static let findings = ExitCode(1)
    /// Bad usage or unreadable input.
    static let inputError = ExitCode(2)
    /// A bug in image2container.
    static let internalError = ExitCode(3)
}

extension CheckFailure {
    /// Prints the failure on standard error and gives its exit code: 2 for input, 3 for internal.
    func reported() -> ExitCode {
        printError(description.split(separator: "\n").map { "error: \($0)" }.joined(separator: "\n"))
        if case .internalError = self { return ExitStatus.internalError }
        return ExitStatus.inputError
    }
}
