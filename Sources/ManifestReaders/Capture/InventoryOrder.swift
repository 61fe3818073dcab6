/// The total orders the inventory's lists are sorted in, so that equal captures give byte-identical
/// inventories. Each order ends with the element's provenance to break the remaining ties.
enum InventoryOrder {
    /// By name (case-insensitive, then exact).
    static func features(_ lhs: WindowsFeature, _ rhs: WindowsFeature) -> Bool {
        (lhs.name.lowercased(), lhs.name, lhs.source) < (rhs.name.lowercased(), rhs.name, rhs.source)
    }

    /// By display name, version and architecture (then key name).
    static func programs(_ lhs: InstalledProgram, _ rhs: InstalledProgram) -> Bool {
        let left = (lhs.displayName, lhs.version ?? "", lhs.architecture, lhs.keyName)
        let right = (rhs.displayName, rhs.version ?? "", rhs.architecture, rhs.keyName)
        return left != right ? left < right : lhs.source < rhs.source
    }

    /// By version, compared numerically component by component ("3.5" < "4.0" < "4.8" < "4.8.1").
    static func dotNetFrameworks(_ lhs: DotNetFramework, _ rhs: DotNetFramework) -> Bool {
        let left = numericComponents(lhs.version)
        let right = numericComponents(rhs.version)
        if left != right { return left.lexicographicallyPrecedes(right) }
        return (lhs.version, lhs.source) < (rhs.version, rhs.source)
    }

    /// By site, application path and file (files without a site first).
    static func webConfigs(_ lhs: WebConfig, _ rhs: WebConfig) -> Bool {
        (lhs.site ?? "", lhs.applicationPath ?? "", lhs.source) < (rhs.site ?? "", rhs.applicationPath ?? "", rhs.source)
    }

    /// The dot-separated numbers of `version`; a part that is not a number counts as 0.
    private static func numericComponents(_ version: String) -> [Int] {
        version.split(separator: ".").map { Int($0) ?? 0 }
    }
}
