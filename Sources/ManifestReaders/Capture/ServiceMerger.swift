/// Merges the services of the service lists with those of the registry exports into one entry per
/// service name (compared case-insensitively).
///
/// Sources are taken in order: the service lists (in capture path order), then the registry. The
/// first source naming a service gives its name and provenance; each field it lacks is filled from
/// the next source that has it, so a list's `state` always wins (the registry has none) and the
/// registry completes what a list left out. `isBuiltIn` is recomputed from the merged name and
/// binary path. The result is sorted by lower-cased name.
enum ServiceMerger {
    /// One service per name from `listed` then `registry`.
    static func merge(listed: [WindowsService], registry: [WindowsService]) -> [WindowsService] {
        var merged: [String: WindowsService] = [:]
        for service in listed + registry {
            let key = service.name.lowercased()
            merged[key] = merged[key].map { filling($0, from: service) } ?? service
        }
        return merged.map { key, service in
            var service = service
            service.isBuiltIn = BuiltInServices.isBuiltIn(name: service.name, binaryPath: service.binaryPath)
            return (key, service)
        }
        .sorted { $0.0 < $1.0 }
        .map(\.1)
    }

    /// `service` with each missing field taken from `other`.
    private static func filling(_ service: WindowsService, from other: WindowsService) -> WindowsService {
        var service = service
        service.displayName = service.displayName ?? other.displayName
        service.state = service.state ?? other.state
        service.startMode = service.startMode ?? other.startMode
        service.delayedAutoStart = service.delayedAutoStart ?? other.delayedAutoStart
        service.account = service.account ?? other.account
        service.binaryPath = service.binaryPath ?? other.binaryPath
        service.serviceType = service.serviceType ?? other.serviceType
        service.description = service.description ?? other.description
        return service
    }
}
