import Foundation

/// Debian's `chromium`, run headless to load a page, let its scripts run, and report the resulting
/// DOM, the console messages and (on request) a screenshot. Tests that need it fail, never skip,
/// when it is missing: `scripts/ensure-deps` installs it.
struct HeadlessChromium {
    /// What loading a page produced.
    struct Page {
        /// The DOM after the page's scripts ran, serialized.
        let dom: String
        /// Every console message and uncaught exception the page logged.
        let console: [String]
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let executable: URL

    /// `$CHROMIUM`, else `chromium` or `chromium-browser` on the `PATH`.
    static func locate() throws -> HeadlessChromium {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["CHROMIUM"], FileManager.default.isExecutableFile(atPath: path) {
            return HeadlessChromium(executable: URL(fileURLWithPath: path))
        }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser"] {
            for directory in directories {
                let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return HeadlessChromium(executable: candidate) }
            }
        }
        throw Failure(description: "chromium is not installed: run scripts/ensure-deps (Debian package 'chromium')")
    }

    /// Loads `file` (with an optional `#fragment`) and returns the DOM once the page has loaded.
    func load(_ file: URL, fragment: String? = nil) throws -> Page {
        let output = try run(["--dump-dom"], page: file, fragment: fragment)
        return Page(dom: output.stdout, console: output.console)
    }

    /// Writes a PNG of the top `width`×`height` pixels of `file` to `png`; returns the console messages.
    func screenshot(_ file: URL, to png: URL, width: Int = 1400, height: Int = 2000) throws -> [String] {
        let output = try run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars"],
                             page: file, fragment: nil)
        guard FileManager.default.fileExists(atPath: png.path) else {
            throw Failure(description: "chromium wrote no screenshot to \(png.path)")
        }
        return output.console
    }

    private func run(_ arguments: [String], page: URL, fragment: String?) throws -> (stdout: String, console: [String]) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("i2c-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdout = scratch.appendingPathComponent("stdout")
        let stderr = scratch.appendingPathComponent("stderr")
        try Data().write(to: stdout)
        try Data().write(to: stderr)

        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
            "--enable-logging=stderr", "--v=0",
        ] + arguments + [page.absoluteString + (fragment.map { "#\($0)" } ?? "")]
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "chromium did not finish within 120 s")
        }
        let log = try String(contentsOf: stderr, encoding: .utf8)
        guard process.terminationStatus == 0 else {
            throw Failure(description: "chromium exited with \(process.terminationStatus):\n\(log)")
        }
        let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return (try String(contentsOf: stdout, encoding: .utf8), console)
    }
}
