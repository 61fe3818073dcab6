/// Authentication settings under `system.webServer/security/authentication`. A nil value means the
/// section did not set it (so the parent level decides).
public struct IISAuthentication: Codable, Sendable, Hashable {
    public var anonymous: Bool?
    /// `anonymousAuthentication@userName` (e.g. "IUSR"); a password is never read.
    public var anonymousUserName: String?
    public var basic: Bool?
    public var windows: Bool?
    /// Windows authentication providers in order, e.g. ["Negotiate", "NTLM"].
    public var windowsProviders: [String]
    public var digest: Bool?
    /// `clientCertificateMappingAuthentication` (Active Directory mapping).
    public var clientCertificate: Bool?
    /// `iisClientCertificateMappingAuthentication` (one-to-one / many-to-one mapping).
    public var iisClientCertificate: Bool?
    /// Line of the first authentication element that set anything, for provenance.
    public var source: SourceLocation?

    public init(
        anonymous: Bool? = nil, anonymousUserName: String? = nil, basic: Bool? = nil,
        windows: Bool? = nil, windowsProviders: [String] = [], digest: Bool? = nil,
        clientCertificate: Bool? = nil, iisClientCertificate: Bool? = nil, source: SourceLocation? = nil
    ) {
        self.anonymous = anonymous
        self.anonymousUserName = anonymousUserName
        self.basic = basic
        self.windows = windows
        self.windowsProviders = windowsProviders
        self.digest = digest
        self.clientCertificate = clientCertificate
        self.iisClientCertificate = iisClientCertificate
        self.source = source
    }

    /// True when no authentication element set anything.
    public var isEmpty: Bool {
        anonymous == nil && basic == nil && windows == nil && digest == nil
            && clientCertificate == nil && iisClientCertificate == nil
    }
}
