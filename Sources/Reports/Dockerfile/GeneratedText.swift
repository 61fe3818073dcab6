/// The lines of a generated file whose comments start with `#`: a Dockerfile, a PowerShell script,
/// the content manifest. Comments go through `SafeText.line`, so a capture value in one stays on
/// its comment line; they wrap at `width` columns.
struct GeneratedText {
    private(set) var lines: [String] = []

    /// Where comments wrap.
    static let width = 100

    /// One comment, wrapped onto more `#` lines (indented by two more) when long.
    mutating func comment(_ text: String) {
        var current = "#"
        for word in SafeText.line(text).split(separator: " ") {
            if current.count + 1 + word.count > Self.width, current.count > 4 {
                lines.append(current)
                current = "#  "
            }
            current += " " + word
        }
        lines.append(current)
    }

    /// A line the generator wrote itself (code or an instruction), never raw capture text.
    mutating func line(_ text: String) {
        lines.append(text)
    }

    mutating func blank() {
        lines.append("")
    }

    /// The file: the lines, each ending with a line feed.
    var text: String { lines.map { $0 + "\n" }.joined() }
}
