import Foundation

/// Reads the catalog from a directory of YAML files (the project's `rules/catalog`).
public enum CatalogLoader {
    /// The files a catalog directory holds.
    public static let fileNames = [
        "windows-versions.yaml", "compatibility.yaml", "base-images.yaml", "features.yaml", "iis-modules.yaml",
    ]

    private struct VersionsFile: Decodable {
        var versions: [WindowsVersion]
    }

    private struct BaseImagesFile: Decodable {
        var images: [BaseImage]
        var installableCapabilities: [CapabilityInstall]
        var dotNetFrameworkSupport: DotNetFrameworkSupport
    }

    private struct FeaturesFile: Decodable {
        var features: [CatalogFeature]
    }

    private struct ModulesFile: Decodable {
        var modules: [CatalogModule]
    }

    /// Loads and checks every file in `directory`.
    ///
    /// - Throws: `CatalogError` naming the file (and the line, where there is one) for a missing or
    ///   unreadable file, invalid YAML, a fact without `source:`, a value of the wrong type, or a
    ///   reference to something the catalog does not define.
    public static func load(directory: URL) throws -> Catalog {
        func document(_ name: String) throws -> CatalogDocument {
            try CatalogDocument(url: directory.appendingPathComponent(name))
        }
        let versions = try document("windows-versions.yaml")
        let compatibility = try document("compatibility.yaml")
        let images = try document("base-images.yaml")
        let features = try document("features.yaml")
        let modules = try document("iis-modules.yaml")
        let imagesFile = try images.decode(BaseImagesFile.self)
        let catalog = Catalog(
            versions: try versions.decode(VersionsFile.self).versions,
            compatibility: try compatibility.decode(CompatibilityFacts.self),
            images: imagesFile.images,
            installableCapabilities: imagesFile.installableCapabilities,
            dotNetFrameworkSupport: imagesFile.dotNetFrameworkSupport,
            features: try features.decode(FeaturesFile.self).features,
            modules: try modules.decode(ModulesFile.self).modules
        )
        try CatalogValidator(catalog: catalog, files: CatalogValidator.Files(
            versions: versions.file, compatibility: compatibility.file, images: images.file,
            features: features.file, modules: modules.file
        )).validate()
        return catalog
    }
}
