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
    static let addressProtocols: [StaticString] = ["http", "https", "ftp"]

    /// Parses `information` for `protocol` (compared case-insensitively).
    init(protocol: String, information: String) {
        let scanner = DelimiterScanner(information)
        let text = Substring(information)
        if Self.addressProtocols.contains(where: { ASCIIText.equals(`protocol`, ignoringCase: $0) }) {
            parseAddress(text, scanner)
        } else if ASCIIText.equals(`protocol`, ignoringCase: "net.tcp") {
            let portText = scanner.firstRange(of: ":", in: text).map { text[..<$0.lowerBound] } ?? text
            parsePort(portText)
        }
    }

    private mutating func parseAddress(_ information: Substring, _ scanner: DelimiterScanner) {
        var rest = information
        var address: Substring
        if scanner.prefixRange(of: "[", in: rest) != nil, let close = scanner.firstRange(of: "]", in: rest) {
            address = rest[..<close.upperBound]
            rest = rest[close.upperBound...]
            guard let colon = scanner.prefixRange(of: ":", in: rest) else {
                problem = "is not in the form IP:port:host"
                return
            }
            rest = rest[colon.upperBound...]
        } else {
            guard let colon = scanner.firstRange(of: ":", in: rest) else {
                problem = "is not in the form IP:port:host"
                return
            }
            address = rest[..<colon.lowerBound]
            rest = rest[colon.upperBound...]
        }
        if address.isEmpty { address = "*" }
        ipAddress = String(address)
        let port: Substring
        if let colon = scanner.firstRange(of: ":", in: rest) {
            port = rest[..<colon.lowerBound]
            hostHeader = String(rest[colon.upperBound...])
        } else {
            port = rest
            hostHeader = ""
        }
        parsePort(port)
    }

    private mutating func parsePort(_ text: Substring) {
        if let value = Int(text), (0...65535).contains(value) {
            port = value
        } else {
            problem = "has a port (\"\(text)\") that is not a whole number from 0 to 65535; the port was ignored"
        }
    }
}
