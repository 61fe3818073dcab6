import ManifestReaders

/// Splits a server into workloads: one per IIS site and one per added (not built-in) Windows service
/// process, or a single workload for the whole server.
public struct WorkloadSplitter: Sendable {
    /// How to split.
    public enum Mode: String, Sendable, Hashable, Codable, CaseIterable {
        /// One workload per IIS site and per added service (the default).
        case perSiteAndService
        /// One workload for the whole server.
        case perServer
    }

    public var mode: Mode

    public init(mode: Mode = .perSiteAndService) {
        self.mode = mode
    }

    /// The workloads of `inventory`, sites first (in configuration order), then services (by name).
    /// Kernel and file-system drivers are not workloads: they cannot run in a container at all and
    /// are reported by checks instead.
    public func workloads(of inventory: Inventory) -> [Workload] {
        if mode == .perServer {
            let name = inventory.host?.computerName ?? inventory.captureName
            let source = inventory.host?.source ?? SourceLocation(file: inventory.captureName, line: 0)
            return [Workload(id: "server-" + Self.slug(name), kind: .server, name: name, source: source)]
        }
        var ids = UniqueIDs()
        var result: [Workload] = []
        func add(_ kind: Workload.Kind, prefix: String, name: String, source: SourceLocation) {
            let id = ids.claim(prefix + Self.slug(name))
            result.append(Workload(id: id, kind: kind, name: name, source: source))
        }
        for site in inventory.iis?.sites ?? [] {
            add(.iisSite, prefix: "site-", name: site.name, source: site.source)
        }
        for service in inventory.services where !service.isBuiltIn && !Self.isDriver(service) {
            add(.windowsService, prefix: "service-", name: service.name, source: service.source)
        }
        return result
    }

    static func isDriver(_ service: WindowsService) -> Bool {
        guard let type = service.serviceType else { return false }
        return type.hasPrefix("Kernel Driver") || type.hasPrefix("File System Driver")
    }

    /// Lower-case ASCII letters and digits, every other run of characters turned into one `-`.
    static func slug(_ name: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "unnamed" : String(out.prefix(64))
    }
}

/// The workload ids given out so far: "base", then "base-2", "base-3", … for names that slug alike.
private struct UniqueIDs {
    private var taken = Set<String>()
    /// Per base, the suffix to try next: every smaller one is taken, so thousands of sites with the
    /// same slug do not retry them all.
    private var nextSuffix: [String: Int] = [:]

    /// `base`, or the first "base-N" not taken yet; taken from now on.
    mutating func claim(_ base: String) -> String {
        guard taken.contains(base) else {
            taken.insert(base)
            return base
        }
        var counter = nextSuffix[base, default: 2]
        while taken.contains("\(base)-\(counter)") { counter += 1 }
        nextSuffix[base] = counter + 1
        let id = "\(base)-\(counter)"
        taken.insert(id)
        return id
    }
}
