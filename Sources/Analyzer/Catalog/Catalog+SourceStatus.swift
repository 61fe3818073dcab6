extension Catalog {
    /// The captured server's OS against the catalog's lifecycle dates, nil when neither the build nor
    /// the product name identifies a version the catalog knows.
    ///
    /// - Parameters:
    ///   - build: `CurrentBuild` from the registry; when a server and a client share it, the product
    ///     name decides ("Windows Server …" or not).
    ///   - productName: `ProductName`, e.g. "Windows Server 2012 R2 Datacenter"; used alone when the
    ///     build is missing or unknown, matched against the version names and the aliases that start
    ///     with "Windows" (the longest contained one wins).
    ///   - asOf: the analysis date, `YYYY-MM-DD`.
    public func sourceStatus(build: Int?, productName: String?, asOf: String) -> SourceOSStatus? {
        let kind: WindowsVersion.Kind? = productName.map { $0.lowercased().contains("server") ? .server : .client }
        let byBuild = build.flatMap { version(build: $0, kind: kind) ?? version(build: $0) }
        guard let found = byBuild ?? productName.flatMap(version(inProductName:)) else { return nil }
        return SourceOSStatus(name: found.name, build: build ?? found.build, endOfSupport: found.extendedEnd,
                              outOfSupport: found.isOutOfSupport(asOf: asOf))
    }

    private func version(inProductName productName: String) -> WindowsVersion? {
        let text = productName.lowercased()
        let matches = versions.flatMap { version in
            ([version.name] + version.aliases.filter { $0.lowercased().hasPrefix("windows") })
                .filter { text.contains($0.lowercased()) }
                .map { (version, $0.count) }
        }
        return matches.max { $0.1 < $1.1 }?.0
    }
}
