/// Which configuration elements are section groups (containers of sections) rather than
/// sections, so a `<location>` can list the sections it configures, e.g.
/// "system.webServer/security/authentication/windowsAuthentication".
///
/// The groups IIS and ASP.NET declare are built in (a `web.config` inherits their declarations);
/// groups a file declares in its own `<configSections>` are added as they are read.
struct ConfigurationSectionGroups {
    /// Section groups declared by IIS (`applicationHost.config`) and the .NET Framework
    /// (`machine.config`).
    static let builtIn: Set<String> = [
        "system.applicationHost", "system.webServer", "system.webServer/security",
        "system.webServer/security/authentication", "system.webServer/rewrite", "system.webServer/tracing",
        "system.webServer/webdav", "system.ftpServer", "system.ftpServer/security", "system.web",
        "system.web/caching", "system.serviceModel", "system.serviceModel.activation", "system.net",
        "system.net/mailSettings", "system.web.extensions", "system.web.extensions/scripting",
        "system.web.extensions/scripting/webServices", "system.web.webPages.razor",
        "system.runtime.serialization", "system.xml.serialization", "system.transactions",
    ]

    private var groups = ConfigurationSectionGroups.builtIn

    /// Adds a group a `<configSections>` declares, by its path such as "system.webServer/rewrite".
    mutating func declare(_ path: String) {
        groups.insert(path)
    }

    /// The section an element belongs to, given its path below `<configuration>` or `<location>`:
    /// the shortest prefix that is not a group. Nil when every element on the path is a group.
    func section(containing path: [String]) -> String? {
        var prefix = ""
        for name in path {
            prefix = prefix.isEmpty ? name : "\(prefix)/\(name)"
            if !groups.contains(prefix) { return prefix }
        }
        return nil
    }
}
