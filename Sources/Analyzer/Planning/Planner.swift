/// Picks each workload's base image, tag and isolation mode for a container host.
///
/// The image is the smallest one (by the catalog's size) that has what the workload needs; when no
/// image has everything, the one that needs the fewest Windows features added. The version is the
/// newest one the host runs in the isolation mode: the host's own build, or an older one the host
/// can run (a 2025 host runs ltsc2022 images in process isolation; Hyper-V runs any older image).
/// `auto` isolation is process isolation when some image runs that way, else Hyper-V. Plans are
/// deterministic: the same needs, host, isolation, date and catalog give the same plan.
public enum Planner {
    /// The plan for `needs` on the host and isolation in `options`.
    ///
    /// - Throws: `CatalogError` when `options.host` names no container host the catalog knows.
    public static func plan(needs: ImageNeeds, options: AnalysisOptions, catalog: Catalog) throws -> WorkloadPlan {
        try plan(needs: needs, host: catalog.resolveHost(options.host), isolation: options.isolation,
                 asOf: options.asOf, catalog: catalog)
    }

    /// The plan for `needs` on `host` (from `Catalog.resolveHost`) in `isolation`, with lifecycle
    /// dates judged as of `asOf` (`YYYY-MM-DD`): images out of support are used only when nothing
    /// else runs.
    public static func plan(needs: ImageNeeds, host: WindowsVersion, isolation: IsolationChoice, asOf: String,
                            catalog: Catalog) -> WorkloadPlan {
        let demand = ImageDemand(needs: needs)
        let compatibility = HostImageCompatibility(facts: catalog.compatibility)
        let versions = catalog.versions
            .filter { version in catalog.images.contains { $0.tags[version.id] != nil } }
            .sorted { $0.build > $1.build }
        let gpuMinimum = catalog.compatibility.gpuMinimumHostBuild.build
        let modes: [IsolationMode] = switch isolation {
        case .process: [.process]
        case .hyperv: needs.gpu ? [] : [.hyperv]
        case .auto: needs.gpu ? [.process] : [.process, .hyperv]
        }
        for mode in modes where !needs.gpu || host.build >= gpuMinimum {
            let runnable = versions.filter { compatibility.check(host: host, image: $0, isolation: mode).supported }
            guard let best = ImageCandidate.best(for: demand, versions: runnable, asOf: asOf, catalog: catalog) else {
                continue
            }
            let preferred = runnable.first { !$0.isOutOfSupport(asOf: asOf) } ?? runnable.first
            var reasons = PlanReasons.image(best, demand: demand, preferred: preferred, catalog: catalog, asOf: asOf)
            if mode == .hyperv, isolation == .auto {
                reasons.append("No image runs on \(host.name) in process isolation, so the plan uses Hyper-V isolation.")
            }
            reasons.append(compatibility.check(host: host, image: best.version, isolation: mode).reason)
            return plan(best, host: host, isolation: mode, compatible: true, reasons: reasons)
        }
        return incompatiblePlan(demand: demand, host: host, isolation: isolation, versions: versions,
                                asOf: asOf, catalog: catalog)
    }

    /// The plan when nothing runs on the host: the image the workload would need, marked incompatible,
    /// with the reason. Its version is the best one not newer than the host, unless only a newer one
    /// has everything the workload needs (a GPU image for an old host).
    private static func incompatiblePlan(demand: ImageDemand, host: WindowsVersion, isolation: IsolationChoice,
                                         versions: [WindowsVersion], asOf: String, catalog: Catalog) -> WorkloadPlan {
        let gpu = demand.needs.gpu
        let mode: IsolationMode = isolation == .hyperv || (isolation == .auto && !gpu) ? .hyperv : .process
        let older = versions.filter { $0.build <= host.build }
        let newer = versions.filter { $0.build > host.build }.reversed()
        let choices = [older, Array(newer)].compactMap {
            ImageCandidate.best(for: demand, versions: $0, asOf: asOf, catalog: catalog)
        }
        guard let best = choices.first(where: { $0.fit.missing.isEmpty }) ?? choices.first else {
            preconditionFailure("CatalogValidator guarantees images with tags")
        }
        var reasons = PlanReasons.image(best, demand: demand, preferred: nil, catalog: catalog, asOf: asOf)
        let gpuMinimum = catalog.compatibility.gpuMinimumHostBuild.build
        if gpu, mode == .hyperv {
            reasons.append("GPU access needs process isolation; Hyper-V isolation cannot give a container a GPU.")
        } else if gpu, host.build < gpuMinimum {
            reasons.append("GPU access needs a host of build \(gpuMinimum) or later; \(host.name) is build \(host.build).")
        } else {
            reasons.append("No image that fits the workload runs on \(host.name) in \(mode.phrase).")
        }
        let verdict = HostImageCompatibility(facts: catalog.compatibility)
            .check(host: host, image: best.version, isolation: mode)
        if !verdict.supported {
            reasons.append(verdict.reason)
        }
        return plan(best, host: host, isolation: mode, compatible: false, reasons: reasons)
    }

    private static func plan(_ candidate: ImageCandidate, host: WindowsVersion, isolation: IsolationMode,
                             compatible: Bool, reasons: [String]) -> WorkloadPlan {
        WorkloadPlan(repository: candidate.image.repository, tag: candidate.tag.tag,
                     family: candidate.image.family.rawValue, imageVersion: candidate.version.id,
                     imageBuild: candidate.version.build, hostVersion: host.id, hostBuild: host.build,
                     isolation: isolation.rawValue, compatible: compatible, reasons: reasons)
    }
}
