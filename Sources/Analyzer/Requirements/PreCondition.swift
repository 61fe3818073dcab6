/// An IIS `preCondition` such as "classicMode,runtimeVersionv2.0,bitness32": the application pools
/// a module, handler or ISAPI filter is loaded for. Every condition must hold.
struct PreCondition {
    private let conditions: [String]

    init(_ text: String?) {
        conditions = (text ?? "").split(separator: ",")
            .map { $0.trimmingWhitespace().lowercased() }
            .filter { !$0.isEmpty }
    }

    /// True when an application in a pool of `profile` gets the entry. Without conditions every
    /// application does; with conditions an application whose pool is unknown (nil) does not.
    /// `managedHandler` and conditions IIS does not define do not restrict the pool.
    func admits(_ profile: PoolProfile?) -> Bool {
        guard !conditions.isEmpty else { return true }
        guard let profile else { return false }
        return conditions.allSatisfy { condition in
            switch condition {
            case "integratedmode": !profile.classic
            case "classicmode": profile.classic
            case "bitness32": profile.thirtyTwoBit
            case "bitness64": !profile.thirtyTwoBit
            case let version where version.hasPrefix("runtimeversion"):
                profile.runtime == version.dropFirst("runtimeversion".count)
            default: true
            }
        }
    }
}
