import ArgumentParser

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
