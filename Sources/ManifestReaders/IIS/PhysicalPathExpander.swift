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
        let (path, unresolved) = ASCIIText.contains(raw, byte: UInt8(ascii: "%")) ? substituted(raw) : (raw, false)
        if unresolved { return Expansion(path: path, kind: .unresolved, drive: nil) }
        if let drive = drive(of: path) { return Expansion(path: path, kind: .drive, drive: drive) }
        let isUNC = path.hasPrefix(#"\\"#) || path.hasPrefix("//")
        return Expansion(path: path, kind: isUNC ? .unc : .other, drive: nil)
    }

    /// `raw` with its known variables replaced, and whether it names an unknown one.
    private static func substituted(_ raw: String) -> (path: String, unresolved: Bool) {
        DelimiterScanner.scanning(raw) { text in
            var path = ""
            var unresolved = false
            var rest = 0
            while let open = text.firstIndex(of: "%", in: rest..<text.count) {
                path += text.string(rest..<open)
                guard let close = text.firstIndex(of: "%", in: open + 1..<text.count) else {
                    rest = open
                    break
                }
                if let value = knownVariables[text.string(open + 1..<close).lowercased()] {
                    path += value
                } else {
                    path += text.string(open..<close + 1)
                    unresolved = unresolved || close > open + 1
                }
                rest = close + 1
            }
            path += text.string(rest..<text.count)
            return (path, unresolved)
        }
    }

    /// The upper-case drive letter when `path` starts with an ASCII letter and a colon, each one
    /// `Character`.
    private static func drive(of path: String) -> String? {
        var bytes = path.utf8.makeIterator()
        guard let letter = bytes.next(), ASCIIText.isLetter(letter), bytes.next() == UInt8(ascii: ":") else {
            return nil
        }
        // A non-ASCII byte after the colon may be a mark that combines with it.
        if let next = bytes.next(), next >= 0x80, path.dropFirst().first != ":" { return nil }
        return driveLetters[Int((letter | 0x20) - UInt8(ascii: "a"))]
    }

    /// "A" to "Z".
    private static let driveLetters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }
}
