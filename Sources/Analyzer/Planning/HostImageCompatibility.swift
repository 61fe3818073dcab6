/// Whether a container host runs a container image, as the Windows container runtime and
/// Microsoft's compatibility documentation decide it (rules R1–R5 in `compatibility.yaml`).
public struct HostImageCompatibility: Sendable {
    /// The rule parameters, from `Catalog.compatibility`.
    public let facts: CompatibilityFacts

    /// A check with the rule parameters of `facts`.
    public init(facts: CompatibilityFacts) {
        self.facts = facts
    }

    /// The verdict for `image` on `host` in `isolation`. Revisions (UBR) are optional; when both are
    /// known, the revision rules (build 14393 and the February 2020 baseline) apply to process isolation.
    public func check(host: WindowsVersion, image: WindowsVersion, isolation: IsolationMode,
                      hostRevision: Int? = nil, imageRevision: Int? = nil) -> CompatibilityVerdict {
        let minimum = facts.minimumHostBuild.build
        guard host.build >= minimum else {
            return no("\(host.name) (build \(host.build)) cannot run Windows containers; container hosts start at build \(minimum).")
        }
        guard image.build >= minimum else {
            return no("No container image exists for \(image.name) (build \(image.build)); images start at build \(minimum).")
        }
        switch isolation {
        case .hyperv:
            return hyperV(host: host, image: image)
        case .process:
            return process(host: host, image: image, hostRevision: hostRevision, imageRevision: imageRevision)
        }
    }

    /// hcsshim's `CheckHostAndContainerCompat`: major and minor versions must match; a host before
    /// the first stable-ABI build needs the image's exact build; a later host runs images from the
    /// newest stable-ABI build strictly below its own (or the first stable-ABI build) up to its own.
    public func runtimeAllowsProcessIsolation(host: OSVersion, image: OSVersion) -> Bool {
        guard host.major == image.major, host.minor == image.minor else { return false }
        guard let oldest = oldestRunnableBuild(hostBuild: host.build) else { return host.build == image.build }
        return oldest <= image.build && image.build <= host.build
    }

    /// The oldest image build a host of `hostBuild` runs in process isolation, nil before the stable ABI.
    private func oldestRunnableBuild(hostBuild: Int) -> Int? {
        let stable = facts.stableABIBuilds.map(\.build).sorted()
        guard let first = stable.first, hostBuild >= first else { return nil }
        return stable.last { $0 < hostBuild } ?? first
    }

    private func hyperV(host: WindowsVersion, image: WindowsVersion) -> CompatibilityVerdict {
        guard image.build <= host.build else {
            return no("Hyper-V isolation runs images of the host's build or older; the \(image.name) image "
                + "(build \(image.build)) is newer than \(host.name) (build \(host.build)).")
        }
        return yes("Hyper-V isolation runs the \(image.name) image (build \(image.build)) on \(host.name) "
            + "(build \(host.build)) with the image's own kernel.")
    }

    private func process(host: WindowsVersion, image: WindowsVersion,
                         hostRevision: Int?, imageRevision: Int?) -> CompatibilityVerdict {
        let oldest = oldestRunnableBuild(hostBuild: host.build)
        guard runtimeAllowsProcessIsolation(host: OSVersion(build: host.build), image: OSVersion(build: image.build)) else {
            guard let oldest else {
                return no("Process isolation on a host before build \(facts.stableABIBuilds.map(\.build).min() ?? 0) "
                    + "needs the image's exact build; the \(image.name) image is build \(image.build) and "
                    + "\(host.name) is build \(host.build).")
            }
            return no("Process isolation on \(host.name) (build \(host.build)) runs images from build \(oldest) "
                + "to \(host.build); the \(image.name) image is build \(image.build).")
        }
        let clientMinimum = facts.clientProcessIsolationMinimumBuild.build
        if host.kind == .client, host.build < clientMinimum {
            return no("Process isolation of Windows Server images on Windows client hosts is supported from build "
                + "\(clientMinimum); \(host.name) is build \(host.build).")
        }
        if host.build == image.build, let hostRevision, let imageRevision,
           let verdict = revisionVerdict(build: image.build, hostRevision: hostRevision, imageRevision: imageRevision) {
            return verdict
        }
        guard image.build != host.build else {
            return yes("Process isolation runs the \(image.name) image on \(host.name): both are build \(host.build).")
        }
        return yes("Process isolation runs the \(image.name) image (build \(image.build)) on \(host.name) "
            + "(build \(host.build)) through the stable ABI that hosts since build \(oldest ?? host.build) "
            + "offer the previous LTSC image.")
    }

    /// R4 and R5 for a host and image of build `build`; nil when they allow the pair.
    private func revisionVerdict(build: Int, hostRevision: Int, imageRevision: Int) -> CompatibilityVerdict? {
        if facts.revisionsMustMatch.contains(where: { $0.build == build }), hostRevision != imageRevision {
            return no("Build \(build) needs the same revision on host and image in process isolation; the host is "
                + "\(build).\(hostRevision) and the image \(build).\(imageRevision).")
        }
        if let baseline = facts.february2020Baseline.first(where: { $0.build == build }),
           (hostRevision >= baseline.hostRevision) != (imageRevision >= baseline.imageRevision) {
            return no("The host (\(build).\(hostRevision)) and the image (\(build).\(imageRevision)) are on different "
                + "sides of the February 2020 security baseline (host \(build).\(baseline.hostRevision), image "
                + "\(build).\(baseline.imageRevision)), which process isolation does not allow.")
        }
        return nil
    }

    private func yes(_ reason: String) -> CompatibilityVerdict {
        CompatibilityVerdict(supported: true, reason: reason)
    }

    private func no(_ reason: String) -> CompatibilityVerdict {
        CompatibilityVerdict(supported: false, reason: reason)
    }
}
