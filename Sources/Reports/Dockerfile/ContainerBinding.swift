import ManifestReaders

/// One site binding as the container gets it: every binding is kept, with its protocol, port and
/// host name; an address of the server becomes `*` (the container has its own addresses); https
/// bindings get the certificate that `setup/start.ps1` imports from a mounted secret at start.
struct ContainerBinding {
    var binding: IISBinding
    /// `bindingInformation` in the container.
    var information: String
    /// The server address the binding was limited to, when it was.
    var serverAddress: String?
    /// `sslFlags` in the container: SNI (1) kept; the central certificate store (2) is replaced by
    /// the mounted certificate.
    var sslFlags: Int
    /// For https: the file name stem of the certificate secret, `C:\secrets\<secret>.pfx`.
    var secret: String?

    /// The protocols whose `bindingInformation` is `address:port:host`.
    private static let addressedProtocols: Set<String> = ["http", "https", "ftp"]

    /// The folder the certificate secrets are mounted at.
    static let secretsFolder = #"C:\secrets"#

    /// The bindings of `site`; `secrets` holds the secret names already given in the workload.
    static func bindings(of site: IISSite, secrets: inout Set<String>) -> [ContainerBinding] {
        site.bindings.map { binding in
            let lowered = binding.protocol.lowercased()
            var information = binding.bindingInformation
            var serverAddress: String?
            if addressedProtocols.contains(lowered), let address = binding.ipAddress, address != "*", !address.isEmpty,
               let port = binding.port {
                serverAddress = address
                information = "*:\(port):\(binding.hostHeader ?? "")"
            }
            var secret: String?
            if lowered == "https" {
                let host = binding.hostHeader.flatMap { $0.isEmpty ? nil : "-" + ContextName.component($0) } ?? ""
                secret = ContextName.unique("https-\(binding.port.map(String.init) ?? "port")" + host, taken: &secrets)
            }
            return ContainerBinding(binding: binding, information: information, serverAddress: serverAddress,
                                    sslFlags: binding.sslFlags & 1, secret: secret)
        }
    }

    /// True for the protocols a browser or HTTP client reaches.
    var isHTTP: Bool { binding.protocol.lowercased() == "http" }

    /// The TCP port it listens on, when it has one (net.pipe and MSMQ bindings have none).
    var port: Int? {
        let lowered = binding.protocol.lowercased()
        return Self.addressedProtocols.contains(lowered) || lowered == "net.tcp" ? binding.port : nil
    }

    /// True when the server took the certificate from the central certificate store.
    var usedCentralCertificateStore: Bool { binding.sslFlags & 2 != 0 }
}
