import ManifestReaders

/// Collects required Windows features: each once (the first reason given wins), every parent
/// added with it, listed in `IISFeatureTable.featureTree` order so parents come first.
struct FeatureList {
    private var byName: [String: RequiredFeature] = [:]

    private static let parents = Dictionary(
        uniqueKeysWithValues: IISFeatureTable.featureTree.map { ($0.name, $0.parent) })
    private static let rank = Dictionary(
        uniqueKeysWithValues: IISFeatureTable.featureTree.enumerated().map { ($1.name, $0) })

    /// Requires `name` (and its parents) for `reason`, unless it is already required.
    mutating func add(_ name: String, reason: String, source: SourceLocation) {
        guard byName[name] == nil else { return }
        byName[name] = RequiredFeature(name: name, reason: reason, source: source)
        if let parent = Self.parents[name] ?? nil {
            add(parent, reason: "parent of \(name)", source: source)
        }
    }

    /// Requires every feature of `features` with its own reason and source.
    mutating func add(_ features: [RequiredFeature]) {
        for feature in features { add(feature.name, reason: feature.reason, source: feature.source) }
    }

    /// True when `name` is required.
    func contains(_ name: String) -> Bool { byName[name] != nil }

    /// The features, parents first.
    var features: [RequiredFeature] {
        byName.values.map { (rank: Self.rank[$0.name] ?? Int.max, feature: $0) }
            .sorted { ($0.rank, $0.feature.name) < ($1.rank, $1.feature.name) }
            .map(\.feature)
    }
}
