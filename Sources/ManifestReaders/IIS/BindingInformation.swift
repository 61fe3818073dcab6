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
        if Self.addressProtocols.contains(where: { ASCIIText.equals(`protocol`, ignoringCase: $0) }) {
            self = DelimiterScanner.scanning(information, Self.address(in:))
        } else if ASCIIText.equals(`protocol`, ignoringCase: "net.tcp") {
            self = DelimiterScanner.scanning(information) { text in
                var parts = BindingInformation()
                parts.readPort(text, 0..<(text.firstIndex(of: ":", in: 0..<text.count) ?? text.count))
                return parts
            }
        }
    }

    /// The parts of "IP:port:host".
    private static func address(in text: DelimiterScanner) -> BindingInformation {
        var parts = BindingInformation()
        let end = text.count
        let address: Range<Int>
        let rest: Int
        if text.has("[", at: 0), let close = text.firstIndex(of: "]", in: 0..<end) {
            guard text.has(":", at: close + 1) else { return BindingInformation(problem: Self.notAddress) }
            address = 0..<close + 1
            rest = close + 2
        } else {
            guard let colon = text.firstIndex(of: ":", in: 0..<end) else {
                return BindingInformation(problem: Self.notAddress)
            }
            address = 0..<colon
            rest = colon + 1
        }
        parts.ipAddress = address.isEmpty ? "*" : text.string(address)
        if let colon = text.firstIndex(of: ":", in: rest..<end) {
            parts.hostHeader = text.string(colon + 1..<end)
            parts.readPort(text, rest..<colon)
        } else {
            parts.hostHeader = ""
            parts.readPort(text, rest..<end)
        }
        return parts
    }

    private static let notAddress = "is not in the form IP:port:host"

    /// Sets `port` to the number at `range` of `text`, or `problem` when it is not a port.
    private mutating func readPort(_ text: DelimiterScanner, _ range: Range<Int>) {
        if let value = text.number(range), (0...65535).contains(value) {
            port = value
        } else {
            problem =
                "has a port (\"\(text.string(range))\") that is not a whole number from 0 to 65535; the port was ignored"
        }
    }
}
