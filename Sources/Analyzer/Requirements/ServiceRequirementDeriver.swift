import Foundation
import ManifestReaders

/// Derives what one Windows service needs in a container from its service entry and the server.
///
/// The runtime is "native": a service entry does not show whether its program is .NET. MSMQ is an
/// inference: the capture does not carry service dependencies, so a service on a server with
/// MSMQ installed (the `MSMQ-Server` feature or the `MSMQ` service) is taken to use it.
struct ServiceRequirementDeriver {
    let service: WindowsService
    let inventory: Inventory

    /// The service that runs Message Queuing.
    private static let msmqService = "MSMQ"

    func requirements() -> WorkloadRequirements {
        let program = service.binaryPath.map(Self.program(of:))
        let lowerProgram = program?.lowercased() ?? ""
        let thirtyTwoBit = lowerProgram.contains(#"\program files (x86)\"#)
            || lowerProgram.contains("%programfiles(x86)%")
        var features = FeatureList()
        if msmqInstalled {
            features.add(IISFeatureTable.msmqFeature,
                         reason: "MSMQ is installed on the server; the service is taken to use it",
                         source: service.source)
        }
        let account = AccountName(service.account ?? "", computerName: inventory.computerName)
        let identity = RequiredIdentity(kind: "service", name: service.name, type: account.serviceIdentityType,
                                        account: service.account, domain: account.isDomain, source: service.source)
        return WorkloadRequirements(
            runtime: "native", image: ImageNeeds(thirtyTwoBit: thirtyTwoBit, powerShell: true),
            msmq: msmqInstalled, features: features.features, identities: [identity],
            paths: program.flatMap(location(of:)).map { [$0] } ?? [])
    }

    private var msmqInstalled: Bool {
        inventory.features.contains { $0.installed && $0.name.caseInsensitiveEquals(IISFeatureTable.msmqFeature) }
            || inventory.services.contains { $0.name.caseInsensitiveEquals(Self.msmqService) }
    }

    /// The program a service command line starts: the quoted part, else everything up to ".exe",
    /// else the first word.
    private static func program(of commandLine: String) -> String {
        let text = commandLine.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("\"") { return String(text.dropFirst().prefix { $0 != "\"" }) }
        if let exe = text.range(of: ".exe", options: .caseInsensitive) { return String(text[..<exe.upperBound]) }
        return String(text.prefix { $0 != " " })
    }

    /// The folder of `program` when it is not on C:: another drive, a share, or a path that starts
    /// with an environment variable (left unresolved).
    private func location(of program: String) -> RequiredPath? {
        let folder = program.lastIndex(of: "\\").map { String(program[..<$0]) } ?? program
        let letter = folder.first.map(String.init)?.uppercased()
        let kind: String
        var drive: String?
        if folder.hasPrefix(#"\\"#) {
            kind = "unc"
        } else if folder.hasPrefix("%") {
            kind = "unresolved"
        } else if let letter, folder.dropFirst().hasPrefix(":"), letter != "C", letter.first?.isLetter == true {
            kind = "drive"
            drive = letter
        } else {
            return nil
        }
        return RequiredPath(kind: kind, path: folder, drive: drive, application: nil, virtualPath: nil,
                            source: service.source)
    }
}
