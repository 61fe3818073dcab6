/// One image tag the planner could choose, and how it ranks.
struct ImageCandidate {
    let image: BaseImage
    let tag: BaseImage.Tag
    let version: WindowsVersion
    let fit: ImageDemand.Fit
    let outOfSupport: Bool
    /// True when the image's .NET Framework is older than the one the workload targets.
    let frameworkShortfall: Bool
    /// The version's position in the planner's order of preference.
    let versionRank: Int

    /// The best candidate for `demand` among `versions` (in order of preference): what it lacks, then
    /// support, then what must be installed, then size, then the version's rank.
    static func best(for demand: ImageDemand, versions: [WindowsVersion], asOf: String,
                     catalog: Catalog) -> ImageCandidate? {
        let candidates = versions.enumerated().flatMap { rank, version in
            catalog.images.compactMap { image in
                image.tags[version.id].map { tag in
                    let fit = demand.fit(image: image, tag: tag, catalog: catalog)
                    let shortfall = demand.framework.map { needed in fit.framework.map { $0 < needed } ?? false } ?? false
                    return ImageCandidate(image: image, tag: tag, version: version, fit: fit,
                                          outOfSupport: version.isOutOfSupport(asOf: asOf),
                                          frameworkShortfall: shortfall, versionRank: rank)
                }
            }
        }
        return candidates.min { lhs, rhs in
            lhs.sortKey != rhs.sortKey
                ? lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
                : (lhs.image.repository, lhs.image.family.rawValue) < (rhs.image.repository, rhs.image.family.rawValue)
        }
    }

    private var sortKey: [Int] {
        [fit.missing.count, outOfSupport ? 1 : 0, fit.installs.count, frameworkShortfall ? 1 : 0, image.sizeMB, versionRank]
    }
}
