/// Picks one runtime when a workload shows several, in the precedence of ASMA's FrameworkCheck
/// (`windows-container-facts.md` §6: Python, Node, Java, .NET Core, PHP, .NET), followed by
/// "native" (other executables) and "static" (files only).
enum RuntimeChoice {
    static let precedence = ["python", "node", "java", "aspnetcore", "php", "netfx", "native", "static"]

    /// The candidate that comes first in `precedence`, or nil when there is none.
    static func pick(_ candidates: some Collection<String>) -> String? {
        precedence.first { candidates.contains($0) }
    }
}
