/// What a workload asks of an image, as catalog capabilities, and how well an image meets it.
struct ImageDemand {
    /// How one image tag meets the demand.
    struct Fit {
        /// Capabilities the image lacks but a Dockerfile can add, with the features that add them.
        var installs: [CapabilityInstall]
        /// Capabilities the image lacks and cannot get.
        var missing: [ImageCapability]
        /// The tag's .NET Framework on the runtime the workload needs (4.8.1 for a 4.7.2 workload).
        var framework: FrameworkVersion?
    }

    let needs: ImageNeeds
    /// The .NET Framework the workload targets; an unreadable version counts as 4.0.
    let framework: FrameworkVersion?
    /// The capabilities, in a fixed order.
    let capabilities: [ImageCapability]

    init(needs: ImageNeeds) {
        self.needs = needs
        framework = needs.dotNetFramework.map { FrameworkVersion($0) ?? FrameworkVersion(components: [4, 0]) }
        var capabilities: [ImageCapability] = []
        if let framework {
            capabilities.append(framework.runtime == .clr4 ? .netFx4 : .netFx3)
        }
        let flags: [(Bool, [ImageCapability])] = [
            (needs.iis, [.iis]), (needs.thirtyTwoBit, [.thirtyTwoBit]), (needs.powerShell, [.powerShell]),
            (needs.msi, [.msi]), (needs.fullAPI, [.fullAPI, .fonts]), (needs.gpu, [.gpu]),
            (needs.wcfNonHTTP, [.wcfNonHTTP]),
        ]
        capabilities += flags.filter(\.0).flatMap(\.1)
        self.capabilities = capabilities
    }

    /// How `image` with `tag` meets the demand.
    func fit(image: BaseImage, tag: BaseImage.Tag, catalog: Catalog) -> Fit {
        let frameworks = tag.dotNetFramework.compactMap(FrameworkVersion.init)
        var fit = Fit(installs: [], missing: [], framework: nil)
        if let framework {
            fit.framework = frameworks.filter { Self.sameImage($0.runtime, framework.runtime) }.max()
        }
        for capability in capabilities {
            let provided = switch capability {
            case .netFx3: frameworks.contains { $0.runtime == .clr2 }
            case .netFx4: frameworks.contains { $0.runtime == .clr4 }
            default: image.provides.contains(capability)
            }
            if provided { continue }
            if let install = catalog.installation(of: capability, in: image.family) {
                fit.installs.append(install)
            } else {
                fit.missing.append(capability)
            }
        }
        return fit
    }

    /// True when both runtimes are served by the same framework image (1.x has none and gets 3.5).
    private static func sameImage(_ lhs: FrameworkVersion.Runtime, _ rhs: FrameworkVersion.Runtime) -> Bool {
        (lhs == .clr4) == (rhs == .clr4)
    }
}
