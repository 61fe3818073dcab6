import Foundation

/// Where a command's output goes: standard output, or a file written atomically (a temporary file
/// renamed into place), never inside the capture.
struct OutputDestination {
    var file: String?

    /// Why output could not be written.
    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `text`; refuses a file inside `capture` (the capture is never modified).
    func write(_ text: String, capture: URL) throws {
        guard let file else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let target = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath()
        let root = capture.standardizedFileURL.resolvingSymlinksInPath()
        if target.path == root.path || target.path.hasPrefix(root.path + "/") {
            throw Refusal(description: "it is inside the capture, which is never modified")
        }
        try Data(text.utf8).write(to: target, options: .atomic)
    }
}

extension OutputDestination {
    /// Renders the output (a failure there is a bug: exit 3) and writes it (a failure there is the
    /// user's destination: exit 2).
    func emit(capture: URL, _ render: () throws -> String) throws {
        let text: String
        do {
            text = try render()
        } catch {
            printError("internal error: cannot render the output: \(error)")
            throw ExitStatus.internalError
        }
        do {
            try write(text, capture: capture)
        } catch {
            printError("error: cannot write \(file ?? "the output"): \(error)")
            throw ExitStatus.inputError
        }
    }
}

/// Prints a line on standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
