import ArgumentParser
import Foundation
import Logging
import ManifestReaders
import Reports

extension InventoryFormat: ExpressibleByArgument {}

/// `image2container inventory <capture>`: reads a capture and prints what is on the server.
struct InventoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory",
        abstract: "Read a capture and print its inventory (sites, pools, services, features, programs).",
        discussion: "Reader diagnostics (file:line: severity: message) go to standard error; the capture is never modified."
    )

    @Argument(help: "The capture: a directory or a .zip of one.")
    var capture: String

    @Option(help: "Output format: \(InventoryFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: InventoryFormat = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(name: .shortAndLong, help: "Log progress on standard error.")
    var verbose = false

    func run() throws {
        var logger = Logger(label: "image2container.inventory", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = verbose ? .info : .warning
        let captureURL = URL(fileURLWithPath: capture)
        let inventory: Inventory
        do {
            inventory = try CaptureLoader.load(captureURL)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.inputError
        }
        logger.info("read \(inventory.inputs.count) files, \(inventory.diagnostics.count) diagnostics")
        if format != .text {
            for diagnostic in inventory.diagnostics where diagnostic.severity != .info {
                printError(diagnostic.description)
            }
        }
        try OutputDestination(file: output).emit(capture: captureURL) { try InventoryRenderer.render(inventory, as: format) }
    }
}
