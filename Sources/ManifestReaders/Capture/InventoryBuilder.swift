/// Collects what the readers find in a capture's files, fed in path order, and assembles the sorted
/// `Inventory` (see `CaptureLoader` for the rules).
struct InventoryBuilder {
    private let limits: InputLimits
    private var inputs: [CapturedInput] = []
    private var manifest: CaptureManifest?
    private var iis: IISConfiguration?
    private var webConfigs: [WebConfig] = []
    private var registry = RegistryFactsCollector()
    private var listedServices: [WindowsService] = []
    private var features: [WindowsFeature] = []
    private var diagnostics: [Diagnostic] = []

    init(limits: InputLimits) {
        self.limits = limits
    }

    /// Recognises `file` and reads it with the reader for its kind.
    mutating func add(_ file: CaptureFile) {
        let sniffed = InputSniffer.sniff(file)
        inputs.append(sniffed.value)
        diagnostics += sniffed.diagnostics
        switch sniffed.value.kind {
        case .captureManifest?:
            guard isFirst(.captureManifest, file, "second capture manifest ignored; the capture should hold one")
            else { return }
            manifest = collect(CaptureManifestReader(limits: limits).read(file))
        case .applicationHostConfig?:
            guard isFirst(.applicationHostConfig, file,
                          "second applicationHost.config ignored; the capture should hold one server's configuration")
            else { return }
            iis = collect(ApplicationHostConfigReader(limits: limits).read(file))
        case .webConfig?:
            guard var webConfig = collect(WebConfigReader(limits: limits).read(file)) else { return }
            if let placement = WebConfigPlacement(path: file.path) {
                webConfig.site = placement.site
                webConfig.applicationPath = placement.applicationPath
            }
            webConfigs.append(webConfig)
        case .registryExport?:
            let problems = RegFileReader(limits: limits).read(file) { registry.add($0, file: file) }
            diagnostics += problems
        case .serviceList?:
            listedServices += collect(ServiceListReader(limits: limits).read(file))
        case .featureList?:
            features += collect(FeatureListReader(limits: limits).read(file))
        case nil:
            return
        }
    }

    /// The inventory of the files added so far, named `name`, with `extraDiagnostics` (from the walk).
    func inventory(named name: String, extraDiagnostics: [Diagnostic]) -> Inventory {
        let facts = registry.facts
        return Inventory(
            captureName: name, manifest: manifest, inputs: inputs,
            host: host(from: facts.host),
            features: uniqueFeatures(),
            services: ServiceMerger.merge(listed: listedServices, registry: facts.services),
            programs: facts.programs.sorted(by: InventoryOrder.programs),
            dotNetFrameworks: facts.dotNetFrameworks.sorted(by: InventoryOrder.dotNetFrameworks),
            iis: iis,
            webConfigs: webConfigs.sorted(by: InventoryOrder.webConfigs),
            diagnostics: (diagnostics + extraDiagnostics).sorted())
    }

    /// Keeps `result`'s diagnostics and returns its value.
    private mutating func collect<Value>(_ result: ReadResult<Value>) -> Value {
        diagnostics += result.diagnostics
        return result.value
    }

    /// True when `file`, just added, is the first input of `kind`, a kind a capture holds once;
    /// otherwise adds `warning` about it.
    private mutating func isFirst(_ kind: InputKind, _ file: CaptureFile, _ warning: String) -> Bool {
        guard inputs.dropLast().contains(where: { $0.kind == kind }) else { return true }
        diagnostics.append(Diagnostic(.warning, file.location(line: 0), warning))
        return false
    }

    /// The registry's host facts, with the manifest's host name when the registry had none.
    private func host(from registryHost: HostInfo?) -> HostInfo? {
        guard let manifest, let hostname = manifest.hostname, registryHost?.computerName == nil else {
            return registryHost
        }
        var host = registryHost ?? HostInfo(source: manifest.source)
        host.computerName = hostname
        return host
    }

    /// The features of all lists, the first (in path order) of each name, sorted by name.
    private func uniqueFeatures() -> [WindowsFeature] {
        var seen: Set<String> = []
        return features.filter { seen.insert($0.name.lowercased()).inserted }.sorted(by: InventoryOrder.features)
    }
}
