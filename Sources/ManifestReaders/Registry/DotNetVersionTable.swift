/// Which .NET Framework version the `NET Framework Setup\NDP` registry keys stand for, after
/// Microsoft's "How to: Determine which .NET Framework versions are installed"
/// (https://learn.microsoft.com/dotnet/framework/migration-guide/how-to-determine-which-versions-are-installed).
enum DotNetVersionTable {
    /// The minimum `Release` DWORD of `NDP\v4\Full` for each version from 4.5 on, highest first.
    static let minimumReleases: [(release: Int, version: String)] = [
        (533_320, "4.8.1"),
        (528_040, "4.8"),
        (461_808, "4.7.2"),
        (461_308, "4.7.1"),
        (460_798, "4.7"),
        (394_802, "4.6.2"),
        (394_254, "4.6.1"),
        (393_295, "4.6"),
        (379_893, "4.5.2"),
        (378_675, "4.5.1"),
        (378_389, "4.5"),
    ]

    /// The keys below `NDP` of the versions before 4 (installed when their `Install` or
    /// `InstallSuccess` DWORD is 1), lower-cased, and their versions.
    static let legacyKeys: [(key: String, version: String)] = [
        ("v1.1.4322", "1.1"),
        ("v2.0.50727", "2.0"),
        ("v3.0", "3.0"),
        ("v3.0\\setup", "3.0"),
        ("v3.5", "3.5"),
    ]

    /// The keys below `NDP` of version 4 (4.0 when they have no `Release`), lower-cased, preferred first.
    static let version4Keys = ["v4\\full", "v4\\client"]

    /// True for the keys below `NDP` (lower-cased) listed in `legacyKeys` or `version4Keys`.
    static func knows(_ key: String) -> Bool {
        legacyKeys.contains { $0.key == key } || version4Keys.contains(key)
    }

    /// The version of a 4.5-or-later `Release` value; nil below 4.5's minimum.
    static func version(forRelease release: Int) -> String? {
        minimumReleases.first { release >= $0.release }?.version
    }
}
