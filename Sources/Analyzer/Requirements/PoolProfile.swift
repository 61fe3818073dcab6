import ManifestReaders

/// What an IIS `preCondition` looks at in an application pool: its .NET runtime version, its
/// pipeline mode and its bitness. Pools with the same profile load the same modules, handlers and
/// ISAPI filters.
struct PoolProfile: Hashable, Sendable {
    /// `managedRuntimeVersion`, lower-cased ("v4.0", "v2.0", "" for no managed code).
    let runtime: String
    /// `managedPipelineMode` is Classic.
    let classic: Bool
    /// `enable32BitAppOnWin64`.
    let thirtyTwoBit: Bool

    init(_ pool: IISApplicationPool) {
        runtime = pool.managedRuntimeVersion.lowercased()
        classic = pool.managedPipelineMode.caseInsensitiveEquals("Classic")
        thirtyTwoBit = pool.enable32BitAppOnWin64
    }
}
