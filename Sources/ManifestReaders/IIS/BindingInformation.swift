/// The parts of a binding's `bindingInformation`, whose form depends on the protocol:
/// * http, https, ftp: "IP:port:host", e.g. "*:80:", "10.0.0.5:443:shop.contoso.com",
///   "[::1]:443:" (IPv6 in brackets), ":8085:PaymentStatus" (an empty IP means all unassigned,
///   so it reads as "*"); the host header is "" when none is set;
/// * net.tcp: "port:host", e.g. "808:*" (only the port is kept);
/// * net.pipe, net.msmq, msmq.formatname and unknown protocols: a host name such as "localhost"
///   or "*", with no IP or port.
struct BindingInformation: Equatable {
    var ipAddress: String?
    var port: Int?
    var hostHeader: String?
    /// Why the text could not be read as its protocol's form, when it could not.
    var problem: String?
}

extension BindingInformation {
    /// Protocols whose binding information is "IP:port:host".
    static let addressProtocols: Set<String> = ["http", "https", "ftp"]

    /// Parses `information` for `protocol` (compared case-insensitively).
    init(protocol: String, information: String) {
        let kind = `protocol`.lowercased()
        if Self.addressProtocols.contains(kind) {
            parseAddress(information)
        } else if kind == "net.tcp" {
            let portText = information.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0]
            parsePort(portText, information: information)
        }
    }

    private mutating func parseAddress(_ information: String) {
        var rest = Substring(information)
        var address: Substring
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            address = rest[...close]
            rest = rest[rest.index(after: close)...]
            guard rest.hasPrefix(":") else {
                problem = "is not in the form IP:port:host"
                return
            }
            rest = rest.dropFirst()
        } else {
            guard let colon = rest.firstIndex(of: ":") else {
                problem = "is not in the form IP:port:host"
                return
            }
            address = rest[..<colon]
            rest = rest[rest.index(after: colon)...]
        }
        if address.isEmpty { address = "*" }
        ipAddress = String(address)
        let parts = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        hostHeader = parts.count > 1 ? String(parts[1]) : ""
        parsePort(parts[0], information: information)
    }

    private mutating func parsePort(_ text: Substring, information: String) {
        if let value = Int(text), (0...65535).contains(value) {
            port = value
        } else {
            problem = "has a port (\"\(text)\") that is not a whole number from 0 to 65535; the port was ignored"
        }
    }
}
