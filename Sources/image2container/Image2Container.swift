import ArgumentParser
import Foundation

/// The `image2container` command: subcommands for each job.
@main
struct Image2Container: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "image2container",
        abstract: "Assess captured Windows servers for Windows containers.",
        discussion: """
            Reads a capture (a directory or .zip of exports from a Windows server: IIS
            applicationHost.config and web.config files, registry .reg exports, service and
            feature lists) offline, on any OS.

            Exit codes: 0 success; 1 findings at or above --fail-on; 2 usage or input error;
            3 internal error.
            """,
        version: "0.1.0",
        subcommands: [
            InventoryCommand.self, CheckCommand.self, ConvertCommand.self, ReportCommand.self, AssessCommand.self,
            MergeCommand.self, RulesCommand.self,
        ]
    )

    /// Parses and runs a subcommand, mapping argument errors to exit code 2 (the documented
    /// "usage or input error") instead of ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(ExitStatus.inputError.rawValue)
            }
            exit(withError: error)
        }
    }
}
