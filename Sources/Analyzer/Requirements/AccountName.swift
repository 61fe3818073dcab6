import Foundation

/// A Windows account name as a service or an application pool records it ("LocalSystem",
/// "NT AUTHORITY\NetworkService", "CONTOSO\svc-web", "svc-web@contoso.com", ".\localuser").
struct AccountName {
    /// The name as written, trimmed.
    var text: String
    /// The server's computer name, which marks local accounts.
    var computerName: String?

    /// Authorities that are never a domain.
    private static let localAuthorities: Set<String> = [".", "nt authority", "nt service", "builtin"]

    /// The part before the backslash, when there is one.
    private var authority: String? {
        text.firstIndex(of: "\\").map { String(text[..<$0]) }
    }

    /// The part after the backslash, or the whole name.
    private var user: String {
        text.firstIndex(of: "\\").map { String(text[text.index(after: $0)...]) } ?? text
    }

    init(_ text: String, computerName: String?) {
        self.text = text.trimmingCharacters(in: .whitespaces)
        self.computerName = computerName
    }

    /// True for a domain account: a user principal name (`user@domain`), or `DOMAIN\user` where
    /// DOMAIN is neither this computer, ".", nor a built-in authority. Containers cannot join a
    /// domain, so such an identity needs a gMSA.
    var isDomain: Bool {
        if authority == nil { return text.contains("@") }
        guard let authority = authority?.lowercased(), !Self.localAuthorities.contains(authority) else { return false }
        return authority != computerName?.lowercased()
    }

    /// The identity type of a service running as this account: "LocalSystem", "NetworkService",
    /// "LocalService", "VirtualAccount" (`NT SERVICE\…`), "ManagedServiceAccount" (a domain
    /// account ending in `$`), "DomainAccount" or "LocalAccount".
    var serviceIdentityType: String {
        let lower = text.lowercased()
        switch lower {
        case "", "localsystem", ".\\localsystem", "nt authority\\system": return "LocalSystem"
        case "nt authority\\networkservice", "nt authority\\network service": return "NetworkService"
        case "nt authority\\localservice", "nt authority\\local service": return "LocalService"
        default: break
        }
        if lower.hasPrefix("nt service\\") { return "VirtualAccount" }
        guard isDomain else { return "LocalAccount" }
        return user.hasSuffix("$") ? "ManagedServiceAccount" : "DomainAccount"
    }
}
