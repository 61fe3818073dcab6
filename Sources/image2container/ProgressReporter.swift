import Foundation
import Reports

/// Shows on standard error how far a fleet run is: a bar redrawn in place on a terminal, one line
/// per capture ("[3/10] web01: ok") otherwise, nothing with `--quiet`.
struct ProgressReporter: Sendable {
    enum Style: Sendable {
        case bar, lines, silent
    }

    let style: Style

    /// The bar when standard error is a terminal, lines when it is not, nothing when `quiet`.
    init(quiet: Bool) {
        style = quiet ? .silent : isatty(STDERR_FILENO) == 1 ? .bar : .lines
    }

    func report(_ progress: FleetProgress) {
        switch style {
        case .silent: return
        case .lines: write(Self.line(for: progress) + "\n")
        case .bar: write("\r" + Self.bar(for: progress) + "\u{1B}[K" + (progress.completed == progress.total ? "\n" : ""))
        }
    }

    /// "[3/10] web01: ok", "… gate failed" or "… failed: <the error's first line>".
    static func line(for progress: FleetProgress) -> String {
        let outcome = switch progress.status {
        case .passed: "ok"
        case .gateFailed: "gate failed"
        case .failed(let error): "failed: \(error.prefix { $0 != "\n" })"
        }
        return "[\(progress.completed)/\(progress.total)] \(printable(progress.server)): \(printable(outcome))"
    }

    /// "[############------------------]  12/30 web01".
    static func bar(for progress: FleetProgress) -> String {
        let width = 30
        let filled = progress.total > 0 ? progress.completed * width / progress.total : width
        let count = "\(progress.completed)/\(progress.total)"
        let padding = String(repeating: " ", count: max(0, 2 * String(progress.total).count + 1 - count.count))
        return "[\(String(repeating: "#", count: filled))\(String(repeating: "-", count: width - filled))] "
            + "\(padding)\(count) \(printable(String(progress.server.prefix(40))))"
    }

    /// Control characters (a capture named with escape sequences) shown as "?".
    private static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
