extension IISAuthentication {
    /// The `enabled` flag the authentication section named `section` sets, if it is one.
    private static func flag(of section: String) -> WritableKeyPath<IISAuthentication, Bool?>? {
        switch section {
        case "anonymousAuthentication": \.anonymous
        case "basicAuthentication": \.basic
        case "windowsAuthentication": \.windows
        case "digestAuthentication": \.digest
        case "clientCertificateMappingAuthentication": \.clientCertificate
        case "iisClientCertificateMappingAuthentication": \.iisClientCertificate
        default: nil
        }
    }

    /// Applies one element read from a configuration file, given its path below `<configuration>`
    /// or `<location>`. Elements outside `system.webServer/security/authentication` are ignored;
    /// a password attribute is never read.
    @inline(__always)
    mutating func apply(_ node: XMLNode, at path: [String], values: inout AttributeParser) {
        // Sections sit 4 levels down, the providers of windowsAuthentication 6: the depth, here
        // where the call is inlined, rules out nearly every element.
        guard path.count == 4 || path.count == 6 else { return }
        applyInGroup(node, at: path, values: &values)
    }

    /// `apply` for an element 4 or 6 levels down.
    private mutating func applyInGroup(_ node: XMLNode, at path: [String], values: inout AttributeParser) {
        // "authentication" is compared first, as it tells most paths apart.
        guard path[2] == "authentication", path[1] == "security", path[0] == "system.webServer" else { return }
        var changed = false
        if path.count == 4, let flag = Self.flag(of: path[3]) {
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
