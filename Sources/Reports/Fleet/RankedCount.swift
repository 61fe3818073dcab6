/// One value of a distribution (a base image, a host version, a source OS) and how often it occurs.
public struct RankedCount: Sendable, Hashable, Codable {
    /// The value, e.g. an image reference.
    public var name: String
    /// How many workloads or servers have it.
    public var count: Int

    public init(name: String, count: Int) {
        self.name = name
        self.count = count
    }

    /// The distribution of `names`: one entry per distinct name, most frequent first, ties by name.
    public static func rank(_ names: [String]) -> [RankedCount] {
        Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
            .map { RankedCount(name: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }
}
