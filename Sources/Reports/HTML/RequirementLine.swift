import Analyzer

/// One kind of requirement in words, e.g. "Ports: https *:443 shop.fabrikam.com, http *:80".
struct RequirementLine: Equatable {
    let label: String
    let items: [String]

    /// The lines for a workload's requirements, in a fixed order, leaving out kinds it does not need.
    static func lines(for requirements: WorkloadRequirements) -> [RequirementLine] {
        let candidates = [
            RequirementLine(label: "Runtime", items: [ReportLabels.runtime(requirements.runtime)]),
            RequirementLine(label: ".NET Framework", items: requirements.image.dotNetFramework.map { [$0] } ?? []),
            RequirementLine(label: "Needs", items: needs(requirements)),
            RequirementLine(label: "Windows features", items: requirements.features.map(\.name)),
            RequirementLine(label: "IIS modules", items: requirements.modules.map { "\($0.name) (\($0.installer))" }),
            RequirementLine(label: "Ports", items: requirements.ports.map(port)),
            RequirementLine(label: "Identities", items: requirements.identities.map(identity)),
            RequirementLine(label: "Authentication", items: requirements.authentication.map { "\($0.type) (\($0.scope))" }),
            RequirementLine(label: "Paths", items: requirements.paths.map(path)),
        ]
        return candidates.filter { !$0.items.isEmpty }
    }

    private static func needs(_ requirements: WorkloadRequirements) -> [String] {
        let image = requirements.image
        let flags: [(Bool, String)] = [
            (image.iis, "IIS"), (image.thirtyTwoBit, "32-bit processes"), (image.powerShell, "Windows PowerShell"),
            (image.msi, "Windows Installer (MSI)"), (image.fullAPI, "full Win32 API"), (image.gpu, "GPU"),
            (image.wcfNonHTTP, "WCF non-HTTP activation"), (requirements.classicASP, "Classic ASP"),
            (requirements.msmq, "MSMQ"), (requirements.msdtc, "MSDTC"), (requirements.comPlus, "COM+"),
        ]
        return flags.filter(\.0).map(\.1)
    }

    private static func port(_ port: RequiredPort) -> String {
        let address = port.port.map { "\(port.ipAddress ?? "*"):\($0)" } ?? port.ipAddress
        let host = port.hostHeader.flatMap { $0.isEmpty ? nil : $0 }
        return [port.protocol, address, host].compactMap { $0 }.joined(separator: " ")
    }

    private static func identity(_ identity: RequiredIdentity) -> String {
        let kind = identity.kind == "appPool" ? "App pool" : "Service"
        let account = identity.account.flatMap { $0.lowercased() == identity.type.lowercased() ? nil : " \($0)" } ?? ""
        return "\(kind) \(identity.name): \(identity.type)\(account)\(identity.domain ? " (domain account)" : "")"
    }

    private static func path(_ path: RequiredPath) -> String {
        let kind = switch path.kind {
        case "drive": "drive \(path.drive ?? "?"):"
        case "unc": "UNC share"
        default: path.kind
        }
        return "\(path.path) (\(kind)\(urlPath(path).map { ", serves \($0)" } ?? ""))"
    }

    /// The URL path the content serves: the application path joined with the virtual directory path.
    private static func urlPath(_ path: RequiredPath) -> String? {
        guard path.application != nil || path.virtualPath != nil else { return nil }
        let parts = [path.application, path.virtualPath].compactMap { $0 }.filter { $0 != "/" }
        return parts.isEmpty ? "/" : parts.joined()
    }
}
