/// The application settings an `application` or `applicationDefaults` element sets; nil where
/// it is silent.
struct ApplicationSettings {
    var applicationPool: String?
    var enabledProtocols: String?
    var preloadEnabled: Bool?

    init() {}

    /// Reads an `applicationDefaults` element.
    init(_ node: XMLNode, values: inout AttributeParser) {
        node.attributes.forEachUnprefixed { name, value in read(name, value, of: node, values: &values) }
    }

    /// Reads the attribute `name` (its value is `value`) of an `application` or
    /// `applicationDefaults` element `node` when it is one of these settings.
    mutating func read(
        _ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>, of node: XMLNode,
        values: inout AttributeParser
    ) {
        if ASCIIText.equals(name, "applicationPool") {
            applicationPool = String(decoding: value, as: UTF8.self)
        } else if ASCIIText.equals(name, "enabledProtocols") {
            enabledProtocols = String(decoding: value, as: UTF8.self)
        } else if ASCIIText.equals(name, "preloadEnabled") {
            preloadEnabled = values.bool("preloadEnabled", value, of: node)
        }
    }

    /// These settings, with `defaults` filling what they leave unset.
    func inheriting(_ defaults: ApplicationSettings) -> ApplicationSettings {
        var result = self
        result.applicationPool = applicationPool ?? defaults.applicationPool
        result.enabledProtocols = enabledProtocols ?? defaults.enabledProtocols
        result.preloadEnabled = preloadEnabled ?? defaults.preloadEnabled
        return result
    }

    /// The application at `path`, with the IIS defaults for what is still unset ("DefaultAppPool",
    /// "http").
    func application(
        path: String, virtualDirectories: [IISVirtualDirectory], source: SourceLocation
    ) -> IISApplication {
        let protocols = enabledProtocols.map(Self.protocols(in:)) ?? ["http"]
        return IISApplication(
            path: path, applicationPool: applicationPool ?? "DefaultAppPool", enabledProtocols: protocols,
            preloadEnabled: preloadEnabled, virtualDirectories: virtualDirectories, source: source)
    }

    /// The names in an `enabledProtocols` list: split at commas, trimmed, empty ones dropped.
    private static func protocols(in list: String) -> [String] {
        DelimiterScanner.scanning(list) { text in
            var names: [String] = []
            var rest = 0
            while true {
                let comma = text.firstIndex(of: ",", in: rest..<text.count)
                let name = ASCIIText.trimmingBlanks(text.string(rest..<(comma ?? text.count)))
                if !name.isEmpty { names.append(name) }
                guard let comma else { return names }
                rest = comma + 1
            }
        }
    }
}
