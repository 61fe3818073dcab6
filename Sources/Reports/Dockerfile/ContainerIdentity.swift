import Analyzer
import ManifestReaders

/// The account an application pool or a service runs as in the container. Built-in identities are
/// kept. A container cannot join a domain, so a domain account becomes NetworkService, which acts on
/// the network as the container's gMSA; a local account of the server does not exist in the image
/// and becomes NetworkService too. Notes say what changed.
struct ContainerIdentity {
    /// For a pool, the IIS `identityType`; for a service, the account to set, or nil for LocalSystem
    /// (what `New-Service` gives).
    var value: String?
    /// Sentences explaining a change, for comments.
    var notes: [String]
    /// The domain account it replaces, when the container needs a gMSA credential spec for it.
    var gMSAFor: String?

    /// The identity of `pool`, whose domain flag comes from the workload's requirements.
    static func pool(_ pool: IISApplicationPool, requirements: WorkloadRequirements) -> ContainerIdentity {
        switch pool.identityType {
        case "ApplicationPoolIdentity", "NetworkService", "LocalService":
            return ContainerIdentity(value: pool.identityType, notes: [], gMSAFor: nil)
        case "LocalSystem":
            return ContainerIdentity(value: "LocalSystem", notes: [
                "It runs as LocalSystem, as on the server; ApplicationPoolIdentity is safer if the application allows it.",
            ], gMSAFor: nil)
        default:
            let account = pool.userName ?? pool.identityType
            let domain = requirements.identities.contains {
                $0.kind == "appPool" && $0.name.caseInsensitiveEquals(pool.name) && $0.domain
            }
            return replaced(account, domain: domain, what: "the pool", value: "NetworkService")
        }
    }

    /// The identity of `service`, as the workload's requirements classify its account.
    static func service(_ service: WindowsService, requirements: WorkloadRequirements) -> ContainerIdentity {
        let identity = requirements.identities.first { $0.kind == "service" && $0.name == service.name }
        let account = identity?.account ?? service.account ?? ""
        switch identity?.type {
        case "LocalSystem":
            return ContainerIdentity(value: nil, notes: [], gMSAFor: nil)
        case "NetworkService":
            return ContainerIdentity(value: networkService, notes: [], gMSAFor: nil)
        case "LocalService":
            return ContainerIdentity(value: #"NT AUTHORITY\LocalService"#, notes: [], gMSAFor: nil)
        case "VirtualAccount":
            return ContainerIdentity(value: account, notes: [], gMSAFor: nil)
        case "DomainAccount", "ManagedServiceAccount":
            return replaced(account, domain: true, what: "the service", value: networkService)
        case "LocalAccount":
            return replaced(account, domain: false, what: "the service", value: networkService)
        default:
            return ContainerIdentity(value: nil, notes: [
                "The capture does not say which account it ran as; it runs as LocalSystem.",
            ], gMSAFor: nil)
        }
    }

    /// The built-in account a replaced account becomes.
    private static let networkService = #"NT AUTHORITY\NetworkService"#

    /// NetworkService (`value`, in the pool's or the service's spelling) in place of `account`.
    private static func replaced(_ account: String, domain: Bool, what: String, value: String) -> ContainerIdentity {
        if domain {
            return ContainerIdentity(value: value, notes: [
                "On the server it ran as the domain account \(account). A container cannot join a domain: \(what) "
                    + "runs as NetworkService, which acts on the network as the container's gMSA. Run the container with a "
                    + "credential spec for a gMSA that has the rights \(account) had.",
            ], gMSAFor: account)
        }
        return ContainerIdentity(value: value, notes: [
            "On the server it ran as the account \(account), which the container does not have: \(what) runs as "
                + "NetworkService. Grant NetworkService what \(account) could reach, or create the account in the image.",
        ], gMSAFor: nil)
    }
}
