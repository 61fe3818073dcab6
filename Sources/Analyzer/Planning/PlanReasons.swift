/// The sentences that explain a plan's image choice, in the order the choice was made.
enum PlanReasons {
    /// Why `candidate`: the image, what the Dockerfile adds, the .NET Framework, and the version
    /// (`preferred` is the version the planner would have used had the image had everything).
    static func image(_ candidate: ImageCandidate, demand: ImageDemand, preferred: WindowsVersion?,
                      catalog: Catalog, asOf: String) -> [String] {
        let title = candidate.image.title
        var reasons = [choice(candidate, demand: demand)]
        if !candidate.fit.installs.isEmpty {
            let lacks = list(candidate.fit.installs.map { phrase($0.capability) })
            let features = list(candidate.fit.installs.flatMap(\.features).map { name in
                catalog.feature(named: name)?.dism.map { "\(name) (DISM \($0))" } ?? name
            })
            reasons.append("The \(title) lacks \(lacks), so the Dockerfile installs \(features).")
        }
        if !candidate.fit.missing.isEmpty {
            reasons.append("The \(title) lacks \(list(candidate.fit.missing.map(phrase))), which no Dockerfile step "
                + "can add; no image has everything the workload needs.")
        }
        if let needed = demand.framework, let minimum = FrameworkVersion(catalog.dotNetFrameworkSupport.minimumVersion),
           needed < minimum {
            reasons.append(".NET Framework \(needed) is not supported in Windows containers, which start at .NET "
                + "Framework \(minimum); the application must move to a newer .NET Framework.")
        }
        if candidate.frameworkShortfall, let needed = demand.framework, let inImage = candidate.fit.framework {
            reasons.append("The application targets .NET Framework \(needed), newer than the \(inImage) in the "
                + "\(candidate.version.id) image; test it on \(inImage) or target a newer host.")
        }
        if let preferred, preferred.id != candidate.version.id {
            reasons.append(candidate.image.tags[preferred.id] == nil
                ? "The \(title) has no \(preferred.id) tag, so the plan uses \(candidate.version.id)."
                : "The \(preferred.id) tag of the \(title) lacks something the workload needs, so the plan uses "
                    + "\(candidate.version.id).")
        }
        if candidate.outOfSupport, let end = candidate.version.extendedEnd {
            reasons.append("The \(candidate.version.name) image has been out of support since \(end).")
        }
        return reasons
    }

    /// "ASP.NET 4.7.2 needs the .NET Framework 4.x ASP.NET image; 4.8.1 runs 4.x applications in place."
    private static func choice(_ candidate: ImageCandidate, demand: ImageDemand) -> String {
        let needs = demand.needs
        var wants: [String] = []
        if let framework = demand.framework {
            wants.append(needs.iis ? "ASP.NET \(framework)" : ".NET Framework \(framework)")
        } else if needs.iis {
            wants.append("IIS")
        }
        let flags: [(Bool, String)] = [
            (needs.thirtyTwoBit, "running 32-bit processes"), (needs.powerShell, "Windows PowerShell"),
            (needs.msi, "Windows Installer (MSI)"), (needs.fullAPI, "the full Win32 API with its fonts"),
            (needs.gpu, "GPU access"), (needs.wcfNonHTTP, "WCF non-HTTP activation"),
        ]
        wants += flags.filter(\.0).map(\.1)
        let title = candidate.image.title
        guard !wants.isEmpty else {
            return "Nothing in the workload needs .NET Framework, IIS, 32-bit processes, Windows PowerShell, Windows "
                + "Installer, the full Win32 API or a GPU, so it gets the smallest image for \(candidate.version.id), "
                + "the \(title)."
        }
        let subject = list(wants)
        var sentence = subject.prefix(1).uppercased() + subject.dropFirst()
            + " \(wants.count == 1 ? "needs" : "need") the \(title)"
        if let needed = demand.framework, needed.runtime == .clr4, let inImage = candidate.fit.framework, needed < inImage {
            sentence += "; \(inImage) runs 4.x applications in place"
        }
        return sentence + "."
    }

    private static func phrase(_ capability: ImageCapability) -> String {
        switch capability {
        case .iis: "IIS"
        case .thirtyTwoBit: "32-bit support"
        case .powerShell: "Windows PowerShell"
        case .msi: "Windows Installer"
        case .fullAPI: "the full Win32 API"
        case .fonts: "all default fonts"
        case .gpu: "GPU support"
        case .wcfNonHTTP: "WCF non-HTTP activation"
        case .netFx3: ".NET Framework 3.5"
        case .netFx4: ".NET Framework 4.x"
        }
    }

    /// "a", "a and b", "a, b and c".
    private static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }
}
