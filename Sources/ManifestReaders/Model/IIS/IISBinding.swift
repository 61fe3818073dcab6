/// One site binding.
public struct IISBinding: Codable, Sendable, Hashable {
    /// "http", "https", "net.tcp", "net.pipe", "net.msmq", "msmq.formatname", "ftp", …
    public var `protocol`: String
    /// `bindingInformation` exactly as written (e.g. "*:443:shop.contoso.com", "808:*").
    public var bindingInformation: String
    /// IP address part for http/https/ftp ("*" for all unassigned), nil for other protocols.
    public var ipAddress: String?
    /// Port for http/https/ftp and net.tcp, when numeric.
    public var port: Int?
    /// Host header (empty string when none) for http/https/ftp.
    public var hostHeader: String?
    /// `sslFlags` (1 = SNI, 2 = central certificate store), 0 when absent.
    public var sslFlags: Int
    /// `certificateHash`, when the binding carries it.
    public var certificateHash: String?
    /// `certificateStoreName`, e.g. "My", "WebHosting".
    public var certificateStoreName: String?
    public var source: SourceLocation

    public init(
        protocol: String, bindingInformation: String, ipAddress: String?, port: Int?,
        hostHeader: String?, sslFlags: Int = 0, certificateHash: String? = nil,
        certificateStoreName: String? = nil, source: SourceLocation
    ) {
        self.protocol = `protocol`
        self.bindingInformation = bindingInformation
        self.ipAddress = ipAddress
        self.port = port
        self.hostHeader = hostHeader
        self.sslFlags = sslFlags
        self.certificateHash = certificateHash
        self.certificateStoreName = certificateStoreName
        self.source = source
    }
}
