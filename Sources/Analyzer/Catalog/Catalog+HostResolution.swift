import Foundation

extension Catalog {
    /// The container host `name` stands for: nil or empty means the newest LTSC Windows Server
    /// (ltsc2025); otherwise a version id, name or alias ("ltsc2022", "2022", "win11-24h2"), else a
    /// build number ("20348"; a server build before a client one of the same number).
    ///
    /// - Throws: `CatalogError.unknownHost` when the catalog knows no such version,
    ///   `CatalogError.notAContainerHost` for a version before Windows containers (build 14393).
    public func resolveHost(_ name: String?) throws -> WindowsVersion {
        let text = name?.trimmingCharacters(in: .whitespaces) ?? ""
        let found: WindowsVersion?
        if text.isEmpty {
            found = versions.filter { $0.channel == .ltsc && $0.kind == .server }.max { $0.build < $1.build }
        } else {
            found = version(named: text) ?? Int(text).flatMap { version(build: $0) }
        }
        guard let found else { throw CatalogError.unknownHost(text) }
        let minimum = compatibility.minimumHostBuild.build
        guard found.build >= minimum else {
            throw CatalogError.notAContainerHost(name: found.name, build: found.build, minimumBuild: minimum)
        }
        return found
    }
}
