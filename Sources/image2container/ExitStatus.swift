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

extension CheckReport {
    /// Prints the checks that failed to run, then throws the exit code the result implies: 2 when
    /// a check failed to run, 1 when the gate failed; returns when it passed.
    func enforceGate() throws {
        let ruleProblems = problems.filter { $0.kind == "rule" }
        for problem in ruleProblems { printError("error: \(problem.message)") }
        if !ruleProblems.isEmpty { throw ExitStatus.inputError }
        if gate.failed { throw ExitStatus.findings }
    }
}
