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

    /// Where an element inside a `<location>` stands: still among section groups, or in a section.
    enum Place {
        /// Every element on the path is a section group; the path's number in `groupPaths`.
        case group(Int)
        /// In `section`, as decided when the groups had the given revision.
        case section(String, revision: Int)

        /// The place of the `<location>` element itself: no element on its path yet.
        static let location = Place.group(0)

        /// The section, if the element is in one.
        var section: String? {
            if case .section(let section, _) = self { section } else { nil }
        }
    }

    private var groups = ConfigurationSectionGroups.builtIn
    /// The number of declarations so far; a `.section` place decided at an earlier revision may
    /// have become a group since.
    private var revision = 0
    /// The paths of the `.group` places, by number; 0 is the empty path of `<location>` itself.
    private var groupPaths = [""]
    /// For each `.group` place, the places of the children met so far, by name (so the paths of
    /// most elements are neither joined nor looked up). Forgotten when a group is declared.
    private var children: [[String: Place]] = [[:]]

    /// Adds a group a `<configSections>` declares, by its path such as "system.webServer/rewrite".
    mutating func declare(_ path: String) {
        groups.insert(path)
        revision += 1
        children = Array(repeating: [:], count: children.count)
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

    /// The place of the element at `path` below a `<location>`, given its parent's place: what
    /// `section(containing:)` says, found from the parent's place with one step (groups are only
    /// ever added, so a parent among groups stays there; a parent's section stands unless a group
    /// was declared since).
    mutating func place(of path: [String], below parent: Place) -> Place {
        switch parent {
        case .section(_, let decided) where decided == revision:
            return parent
        case .group(let group) where !path.isEmpty:
            let name = path[path.count - 1]
            if let known = children[group][name] { return known }
            let prefix = groupPaths[group]
            let joined = prefix.isEmpty ? name : "\(prefix)/\(name)"
            let place = groups.contains(joined) ? newGroup(joined) : .section(joined, revision: revision)
            children[group][name] = place
            return place
        default:
            guard let section = section(containing: path) else { return newGroup(path.joined(separator: "/")) }
            return .section(section, revision: revision)
        }
    }

    /// A `.group` place for the group path `path`.
    private mutating func newGroup(_ path: String) -> Place {
        groupPaths.append(path)
        children.append([:])
        return .group(groupPaths.count - 1)
    }
}
