/// The settings of an application pool as one element sets them (`add` or
/// `applicationPoolDefaults`, with its `processModel`); nil where the element is silent.
struct ApplicationPoolSettings {
    var managedRuntimeVersion: String?
    var managedPipelineMode: String?
    var enable32BitAppOnWin64: Bool?
    var autoStart: Bool?
    var startMode: String?
    var identityType: String?
    var userName: String?

    /// Reads the pool element's own attributes.
    mutating func read(pool node: XMLNode, values: inout AttributeParser) {
        managedRuntimeVersion = node.attribute("managedRuntimeVersion") ?? managedRuntimeVersion
        managedPipelineMode = node.attribute("managedPipelineMode") ?? managedPipelineMode
        enable32BitAppOnWin64 = values.bool("enable32BitAppOnWin64", of: node) ?? enable32BitAppOnWin64
        autoStart = values.bool("autoStart", of: node) ?? autoStart
        startMode = node.attribute("startMode") ?? startMode
    }

    /// Reads a `processModel` child (its password is never read).
    mutating func read(processModel node: XMLNode) {
        identityType = node.attribute("identityType") ?? identityType
        userName = node.attribute("userName") ?? userName
    }

    /// These settings, with `defaults` filling what they leave unset.
    func inheriting(_ defaults: ApplicationPoolSettings) -> ApplicationPoolSettings {
        ApplicationPoolSettings(
            managedRuntimeVersion: managedRuntimeVersion ?? defaults.managedRuntimeVersion,
            managedPipelineMode: managedPipelineMode ?? defaults.managedPipelineMode,
            enable32BitAppOnWin64: enable32BitAppOnWin64 ?? defaults.enable32BitAppOnWin64,
            autoStart: autoStart ?? defaults.autoStart, startMode: startMode ?? defaults.startMode,
            identityType: identityType ?? defaults.identityType, userName: userName ?? defaults.userName)
    }

    /// The pool named `name`, with the IIS schema defaults for whatever is still unset
    /// (`managedRuntimeVersion` "v4.0", the IIS 8+ schema default; "Integrated"; 32-bit off;
    /// "ApplicationPoolIdentity"; auto-start on; "OnDemand").
    func pool(named name: String, source: SourceLocation) -> IISApplicationPool {
        IISApplicationPool(
            name: name, managedRuntimeVersion: managedRuntimeVersion ?? "v4.0",
            managedPipelineMode: managedPipelineMode ?? "Integrated",
            enable32BitAppOnWin64: enable32BitAppOnWin64 ?? false,
            identityType: identityType ?? "ApplicationPoolIdentity", userName: userName,
            autoStart: autoStart ?? true, startMode: startMode ?? "OnDemand", source: source)
    }
}
