/// Expands the environment variables IIS physical paths use, with the values they have on a
/// standard Windows Server installation, and says what kind of path the result is.
///
/// Variable names are matched case-insensitively. Unknown variables (e.g. `%IIS_SITES_HOME%` of
/// IIS Express or an application's own `%CURRENT_WATTSPATH%`) are left as written, and the path
/// is then `.unresolved`.
enum PhysicalPathExpander {
    /// A physical path after expansion.
    struct Expansion: Equatable {
        var path: String
        var kind: IISVirtualDirectory.PathKind
        /// The upper-case drive letter for `.drive` paths.
        var drive: String?
    }

    /// Known variables, by lower-cased name.
    static let knownVariables: [String: String] = [
        "systemdrive": "C:",
        "homedrive": "C:",
        "systemroot": #"C:\Windows"#,
        "windir": #"C:\Windows"#,
        "programfiles": #"C:\Program Files"#,
        "programw6432": #"C:\Program Files"#,
        "programfiles(x86)": #"C:\Program Files (x86)"#,
        "commonprogramfiles": #"C:\Program Files\Common Files"#,
        "commonprogramfiles(x86)": #"C:\Program Files (x86)\Common Files"#,
        "programdata": #"C:\ProgramData"#,
        "allusersprofile": #"C:\ProgramData"#,
        "public": #"C:\Users\Public"#,
    ]

    /// Expands `raw` and classifies the result.
    static func expand(_ raw: String) -> Expansion {
        var path = ""
        var unresolved = false
        var rest = Substring(raw)
        while let open = rest.firstIndex(of: "%") {
            path += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "%") else {
                rest = rest[open...]
                break
            }
            let name = rest[afterOpen..<close]
            if let value = knownVariables[name.lowercased()] {
                path += value
            } else {
                path += rest[open...close]
                unresolved = unresolved || !name.isEmpty
            }
            rest = rest[rest.index(after: close)...]
        }
        path += rest
        if unresolved { return Expansion(path: path, kind: .unresolved, drive: nil) }
        if let drive = drive(of: path) { return Expansion(path: path, kind: .drive, drive: drive) }
        let isUNC = path.hasPrefix(#"\\"#) || path.hasPrefix("//")
        return Expansion(path: path, kind: isUNC ? .unc : .other, drive: nil)
    }

    private static func drive(of path: String) -> String? {
        let characters = Array(path.prefix(2))
        guard characters.count == 2, characters[1] == ":", let letter = characters.first,
            letter.isASCII, letter.isLetter
        else { return nil }
        return letter.uppercased()
    }
}
