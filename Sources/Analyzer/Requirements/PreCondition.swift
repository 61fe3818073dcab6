import ManifestReaders

/// An IIS `preCondition` such as "classicMode,runtimeVersionv2.0,bitness32": the application pools
/// a module, handler or ISAPI filter is loaded for. Every condition must hold.
struct PreCondition {
    private let conditions: [String]

    init(_ text: String?) {
        conditions = (text ?? "").split(separator: ",")
            .map { $0.trimmingWhitespace().lowercased() }
            .filter { !$0.isEmpty }
    }

    /// True when an application in `pool` gets the entry. Without conditions every application
    /// does; with conditions an application whose pool is unknown does not. `managedHandler` and
    /// conditions IIS does not define do not restrict the pool.
    func admits(_ pool: IISApplicationPool?) -> Bool {
        guard !conditions.isEmpty else { return true }
        guard let pool else { return false }
        let runtime = pool.managedRuntimeVersion.lowercased()
        let classic = pool.managedPipelineMode.caseInsensitiveEquals("Classic")
        return conditions.allSatisfy { condition in
            switch condition {
            case "integratedmode": !classic
            case "classicmode": classic
            case "bitness32": pool.enable32BitAppOnWin64
            case "bitness64": !pool.enable32BitAppOnWin64
            case let version where version.hasPrefix("runtimeversion"):
                runtime == version.dropFirst("runtimeversion".count)
            default: true
            }
        }
    }
}
