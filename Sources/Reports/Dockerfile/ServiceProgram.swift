import Foundation

/// The program a service command line starts, and the folder it is in: the quoted part, else
/// everything up to ".exe", else the first word (as the requirement derivation reads it).
struct ServiceProgram {
    /// The program path, e.g. `D:\Services\ImageResizer\ImageResizer.exe`.
    var path: String
    /// Its folder, or nil when the command line names a bare program.
    var folder: String?

    init(commandLine: String) {
        let text = commandLine.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("\"") {
            path = String(text.dropFirst().prefix { $0 != "\"" })
        } else if let exe = text.range(of: ".exe", options: .caseInsensitive) {
            path = String(text[..<exe.upperBound])
        } else {
            path = String(text.prefix { $0 != " " })
        }
        folder = path.lastIndex(of: "\\").map { String(path[..<$0]) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `commandLine` with every occurrence of `folder\` (any case) replaced by `newFolder\`.
    static func relocate(_ commandLine: String, from folder: String, to newFolder: String) -> String {
        var result = ""
        var rest = Substring(commandLine)
        while let range = rest.range(of: folder + "\\", options: .caseInsensitive) {
            result += rest[..<range.lowerBound] + newFolder + "\\"
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
