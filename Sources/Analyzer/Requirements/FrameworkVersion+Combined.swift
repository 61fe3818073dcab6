extension FrameworkVersion {
    /// The one version that serves workloads needing each of `versions`. A CLR 1.x/2.0-era need
    /// wins, the lowest of them, because the .NET 3.5 images also carry 4.x while the 4.x images
    /// lack 3.5; otherwise the highest 4.x version. Nil when there is no need.
    static func combined(_ versions: [FrameworkVersion]) -> FrameworkVersion? {
        let older = versions.filter { $0.runtime != .clr4 }
        return older.isEmpty ? versions.max() : older.min()
    }
}
