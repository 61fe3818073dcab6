import Foundation

/// Reads what `net start` prints: "These Windows services are started:" and the display names of the
/// running services, indented. Several outputs pasted into one file are read as one list, each service
/// once. Names come from the display names (`ServiceFields.name(forDisplayName:)`).
enum NetStartText {
    /// The line `net start` opens its list with (English Windows).
    static let heading = "These Windows services are started:"

    /// The running services in `lines`, the text of `file`.
    static func read(_ lines: [String], file: CaptureFile) -> ReadResult<[WindowsService]> {
        var services: [WindowsService] = []
        var seen: Set<String> = []
        var repeated = 0
        var inList = false
        for (index, line) in lines.enumerated() {
            if line.hasSuffix(heading) {
                inList = true
                continue
            }
            guard inList, line.first?.isWhitespace == true else {
                if !line.isEmpty { inList = false }
                continue
            }
            let displayName = line.trimmingCharacters(in: .whitespaces)
            guard !displayName.isEmpty else { continue }
            let name = ServiceFields.name(forDisplayName: displayName)
            guard seen.insert(name.lowercased()).inserted else {
                repeated += 1
                continue
            }
            services.append(WindowsService(
                name: name, displayName: displayName, state: "Running",
                isBuiltIn: BuiltInServices.isBuiltIn(name: name, binaryPath: nil),
                source: file.location(line: index + 1)))
        }
        let diagnostics = repeated == 0 ? [] : [Diagnostic(
            .info, file.location(line: 0),
            "\(repeated) entries repeat services listed earlier (several 'net start' outputs in one file); "
                + "each service is kept once")]
        return ReadResult(value: services, diagnostics: diagnostics)
    }
}
