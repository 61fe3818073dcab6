/// Rule links as the reports show them: only plain `http`/`https` addresses become links, so a
/// rule file cannot smuggle `javascript:` or Markdown syntax into a report.
enum ReportLink {
    /// `address` when it is an http or https URL free of spaces, quotes, brackets and other characters
    /// that HTML attributes or Markdown link syntax treat specially; nil otherwise.
    static func web(_ address: String) -> String? {
        let lowered = address.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
        let forbidden = Set("\"'<>()[]{}|\\^`")
        let safe = address.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value < 0x7F && !forbidden.contains(Character(scalar))
        }
        return safe ? address : nil
    }

    /// A short text for a link: its host and last path segment, e.g.
    /// "learn.microsoft.com: lift-shift-to-containers".
    static func label(_ address: String) -> String {
        let afterScheme = address.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: true).dropFirst()
        guard let host = afterScheme.first else { return address }
        let path = afterScheme.dropFirst().first.map { $0.prefix { $0 != "?" && $0 != "#" } } ?? ""
        return path.split(separator: "/").last.map { "\(host): \($0)" } ?? String(host)
    }
}
