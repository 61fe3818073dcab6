/// Derives inventory facts from registry key sections fed one at a time (as `RegFileReader.read`
/// hands them out), keeping only the few keys and values the inventory needs.
///
/// Sections of the same key (in one file or several) are merged in the order they are added; a later
/// value replaces an earlier one, `"name"=-` removes it and `[-KEY]` removes the key and its subkeys.
public struct RegistryFactsCollector: Sendable {
    private var kept: [RegistryFactKey: KeptRegistryKey] = [:]

    public init() {}

    /// Takes what the inventory needs from `key`, a section of `file`.
    public mutating func add(_ key: RegistryKey, file: CaptureFile) {
        if key.isDeletion {
            guard let deleted = RegistryFactKey.lowercasedParts(of: key.path) else { return }
            kept = kept.filter { !$0.value.parts.starts(with: deleted) }
            return
        }
        guard let factKey = RegistryFactKey(path: key.path) else { return }
        var entry = kept[factKey]
            ?? KeptRegistryKey(
                name: String(key.name), parts: RegistryFactKey.lowercasedParts(of: key.path) ?? [],
                source: file.location(line: key.line))
        entry.apply(key.values, wanted: factKey.wantedValues)
        kept[factKey] = entry
    }

    /// The facts found so far.
    public var facts: RegistryFacts {
        RegistryFacts(host: host, programs: programs, dotNetFrameworks: dotNetFrameworks, services: services)
    }

    private var host: HostInfo? {
        let version = kept[.currentVersion]
        let computer = preferred { if case .computerName(let set) = $0 { set } else { nil } }
        let environment = preferred { if case .environment(let set) = $0 { set } else { nil } }
        guard let source = version?.source ?? computer?.source ?? environment?.source else { return nil }
        let host = HostInfo(
            computerName: computer?.text("computername"),
            productName: version?.text("productname"),
            editionID: version?.text("editionid"),
            installationType: version?.text("installationtype"),
            build: version?.number("currentbuild") ?? version?.number("currentbuildnumber"),
            ubr: version?.number("ubr"),
            displayVersion: version?.text("displayversion") ?? version?.text("releaseid"),
            currentVersion: version?.text("currentversion"),
            architecture: environment?.text("processor_architecture"),
            source: source)
        // A key that was exported for another value (say, an Environment variable) says nothing of the host.
        return host == HostInfo(source: source) ? nil : host
    }

    private var programs: [InstalledProgram] {
        kept.compactMap { factKey, entry -> InstalledProgram? in
            guard case .uninstall(let architecture, _) = factKey, let displayName = entry.text("displayname"),
                entry.number("systemcomponent") != 1
            else { return nil }
            return InstalledProgram(
                displayName: displayName, version: entry.text("displayversion"), publisher: entry.text("publisher"),
                installLocation: entry.text("installlocation"), keyName: entry.name, architecture: architecture,
                source: entry.source)
        }
        .sorted { ($0.source, $0.architecture) < ($1.source, $1.architecture) }
    }

    private var dotNetFrameworks: [DotNetFramework] {
        var frameworks: [DotNetFramework] = []
        for (key, version) in DotNetVersionTable.legacyKeys where !frameworks.contains(where: { $0.version == version }) {
            guard let entry = kept[.dotNet(key)], entry.number("install") == 1 || entry.number("installsuccess") == 1
            else { continue }
            frameworks.append(DotNetFramework(version: version, fullVersion: entry.text("version"), source: entry.source))
        }
        let version4 = DotNetVersionTable.version4Keys.lazy.compactMap { self.kept[.dotNet($0)] }
            .first { $0.has("release") || $0.number("install") == 1 }
        if let entry = version4 {
            let release = entry.number("release")
            frameworks.append(
                DotNetFramework(
                    version: release.flatMap(DotNetVersionTable.version(forRelease:)) ?? "4.0", release: release,
                    fullVersion: entry.text("version"), source: entry.source))
        }
        return frameworks.sorted { ($0.source, $0.version) < ($1.source, $1.version) }
    }

    /// One service per name, from `CurrentControlSet` when it has it, else from the lowest-numbered
    /// control set; only subkeys with a `Type` or `ImagePath` value are services.
    private var services: [WindowsService] {
        var chosen: [String: (controlSet: Int, entry: KeptRegistryKey)] = [:]
        for (factKey, entry) in kept {
            guard case .service(let controlSet, let name) = factKey, entry.has("type") || entry.has("imagepath")
            else { continue }
            if let current = chosen[name], current.controlSet <= controlSet { continue }
            chosen[name] = (controlSet, entry)
        }
        return chosen.values.map { _, entry in
            let binaryPath = entry.text("imagepath")
            return WindowsService(
                name: entry.name, displayName: entry.text("displayname"),
                startMode: entry.number("start").map(RegistryServiceCodes.startMode),
                delayedAutoStart: entry.number("delayedautostart").map { $0 != 0 },
                account: entry.text("objectname"), binaryPath: binaryPath,
                serviceType: entry.number("type").map(RegistryServiceCodes.serviceType),
                description: entry.text("description"),
                isBuiltIn: BuiltInServices.isBuiltIn(name: entry.name, binaryPath: binaryPath),
                source: entry.source)
        }
        .sorted { ($0.source, $0.name) < ($1.source, $1.name) }
    }

    /// The kept key with the lowest control set number among those `controlSet` matches.
    private func preferred(_ controlSet: (RegistryFactKey) -> Int?) -> KeptRegistryKey? {
        kept.compactMap { factKey, entry in controlSet(factKey).map { ($0, entry) } }
            .min { $0.0 < $1.0 }?.1
    }
}
