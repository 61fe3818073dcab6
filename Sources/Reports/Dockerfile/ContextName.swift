/// File and folder names made from capture values (content folders, mount points, certificate
/// secrets, installer files): safe in a build context, a Windows path, a Dockerfile `COPY` and a
/// PowerShell literal alike.
enum ContextName {
    /// Windows device names, which cannot name a file or folder (also with an extension).
    private static let reserved: Set<String> = Set(
        ["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// The longest name made.
    static let maximumLength = 64

    /// `raw` as a name of ASCII letters, digits, `.`, `_` and `-`: every run of other characters
    /// becomes one `-`; no leading or trailing `-` and no trailing `.`; never empty (`fallback` then),
    /// made of dots only, or a device name (prefixed with `_`); at most `maximumLength` characters.
    static func component(_ raw: String, fallback: String = "content") -> String {
        var out = ""
        var pendingDash = false
        for scalar in raw.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._".unicodeScalars.contains(scalar) {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        out = String(out.prefix(maximumLength))
        while out.hasSuffix(".") || out.hasSuffix("-") { out.removeLast() }
        guard !out.isEmpty else { return fallback }
        if out.allSatisfy({ $0 == "." || $0 == "_" }) { return out.replacingOccurrences(of: ".", with: "_") }
        let stem = out.split(separator: ".", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        return reserved.contains(stem) ? "_" + out : out
    }

    /// `base`, or `base-2`, `base-3`, … : the first that `taken` (compared case-insensitively, as
    /// Windows compares names) does not hold; it is added to `taken`.
    static func unique(_ base: String, taken: inout Set<String>) -> String {
        var candidate = base
        var counter = 2
        while taken.contains(candidate.lowercased()) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }
}
