/// Cross-checks a decoded catalog: unique names, dates, and that every reference (versions in the
/// matrix and in tags, features in modules, parents) names something the catalog defines.
struct CatalogValidator {
    /// The paths of the files, for error messages.
    struct Files {
        var versions, compatibility, images, features, modules: String
    }

    let catalog: Catalog
    let files: Files

    func validate() throws {
        try validateVersions()
        try validateCompatibility()
        try validateImages()
        try validateFeatures()
        try validateModules()
    }

    private func fail(_ file: String, _ message: String) -> CatalogError {
        .inconsistent(file: file, message: message)
    }

    private func validateVersions() throws {
        guard !catalog.versions.isEmpty else { throw fail(files.versions, "no versions") }
        var seen: [String: String] = [:]
        for version in catalog.versions {
            for name in [version.id, version.name] + version.aliases {
                if let other = seen.updateValue(version.id, forKey: name.lowercased()), other != version.id {
                    throw fail(files.versions, "\"\(name)\" names both \(other) and \(version.id)")
                }
            }
            for date in [version.released, version.mainstreamEnd, version.extendedEnd].compactMap({ $0 })
            where !Self.isDate(date) {
                throw fail(files.versions, "\(version.id): \"\(date)\" is not a YYYY-MM-DD date")
            }
        }
    }

    private func validateCompatibility() throws {
        guard !catalog.compatibility.stableABIBuilds.isEmpty else {
            throw fail(files.compatibility, "stableABIBuilds is empty")
        }
        for row in catalog.compatibility.matrix {
            for id in [row.host] + row.cells.map(\.image) where catalog.version(named: id)?.id != id {
                throw fail(files.compatibility, "matrix names \"\(id)\", which is not a windows-versions.yaml id")
            }
        }
    }

    private func validateImages() throws {
        guard !catalog.images.isEmpty else { throw fail(files.images, "no images") }
        for image in catalog.images {
            guard !image.tags.isEmpty else { throw fail(files.images, "\(image.repository) has no tags") }
            for (id, tag) in image.tags.sorted(by: { $0.key < $1.key }) {
                guard catalog.version(named: id)?.id == id else {
                    throw fail(files.images, "\(image.repository) has a tag for \"\(id)\", which is not a windows-versions.yaml id")
                }
                if let version = tag.dotNetFramework.first(where: { FrameworkVersion($0) == nil }) {
                    throw fail(files.images, "\(image.repository):\(tag.tag): \"\(version)\" is not a .NET Framework version")
                }
            }
        }
        for install in catalog.installableCapabilities {
            if let name = install.features.first(where: { catalog.feature(named: $0) == nil }) {
                throw fail(files.images, "\(install.capability.rawValue) names feature \"\(name)\", which features.yaml lacks")
            }
        }
        guard FrameworkVersion(catalog.dotNetFrameworkSupport.minimumVersion) != nil else {
            throw fail(files.images, "dotNetFrameworkSupport.minimumVersion is not a .NET Framework version")
        }
    }

    private func validateFeatures() throws {
        var seen = Set<String>()
        for feature in catalog.features {
            for name in Set([feature.name, feature.dism].compactMap({ $0?.lowercased() })).sorted()
            where !seen.insert(name).inserted {
                throw fail(files.features, "\"\(name)\" names two features")
            }
            if let parent = feature.parent, catalog.feature(named: parent) == nil {
                throw fail(files.features, "\(feature.name) has parent \"\(parent)\", which features.yaml lacks")
            }
            let chain = catalog.featureWithParents(named: feature.name)
            if chain.first?.parent != nil {
                throw fail(files.features, "\(feature.name) is in a cycle of parents")
            }
        }
    }

    private func validateModules() throws {
        var seen = Set<String>()
        for module in catalog.modules {
            guard seen.insert(module.name.lowercased()).inserted else {
                throw fail(files.modules, "\(module.name) is listed twice")
            }
            if let name = module.features.first(where: { catalog.feature(named: $0) == nil }) {
                throw fail(files.modules, "\(module.name) names feature \"\(name)\", which features.yaml lacks")
            }
            if module.features.isEmpty && module.installer == nil {
                throw fail(files.modules, "\(module.name) has neither features nor an installer")
            }
        }
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
