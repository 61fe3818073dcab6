extension IISAuthentication {
    /// The `enabled` flag each authentication section sets.
    private static let sections: [String: WritableKeyPath<IISAuthentication, Bool?> & Sendable] = [
        "anonymousAuthentication": \.anonymous,
        "basicAuthentication": \.basic,
        "windowsAuthentication": \.windows,
        "digestAuthentication": \.digest,
        "clientCertificateMappingAuthentication": \.clientCertificate,
        "iisClientCertificateMappingAuthentication": \.iisClientCertificate,
    ]

    private static let group = ["system.webServer", "security", "authentication"]

    /// Applies one element read from a configuration file, given its path below `<configuration>`
    /// or `<location>`. Elements outside `system.webServer/security/authentication` are ignored;
    /// a password attribute is never read.
    mutating func apply(_ node: XMLNode, at path: [String], values: inout AttributeParser) {
        // Sections sit 4 levels down, the providers of windowsAuthentication 6; "authentication"
        // is compared first, as it tells most paths apart.
        guard path.count == 4 || path.count == 6, path[2] == Self.group[2], path.starts(with: Self.group) else {
            return
        }
        var changed = false
        if path.count == 4, let flag = Self.sections[path[3]] {
            if let enabled = values.bool("enabled", of: node) {
                self[keyPath: flag] = enabled
                changed = true
            }
            if path[3] == "anonymousAuthentication", let userName = node.attribute("userName") {
                anonymousUserName = userName
                changed = true
            }
        } else if path.count == 6, path[3] == "windowsAuthentication", path[4] == "providers" {
            changed = applyProvider(node)
        }
        if changed, source == nil {
            source = values.file.location(line: node.line)
        }
    }

    /// Applies a `windowsAuthentication/providers` entry; true when it changed the list.
    private mutating func applyProvider(_ node: XMLNode) -> Bool {
        switch node.name {
        case "add":
            guard let value = node.attribute("value") else { return false }
            windowsProviders.append(value)
        case "remove":
            guard let value = node.attribute("value") else { return false }
            windowsProviders.removeAll { $0 == value }
        case "clear":
            windowsProviders.removeAll()
        default:
            return false
        }
        return true
    }
}
