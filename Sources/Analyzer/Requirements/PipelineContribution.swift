import Foundation
import ManifestReaders

/// What one application's request pipeline requires: the native modules enabled for it, the
/// handlers mapped for it and the server's ISAPI filters, each kept when its `preCondition` admits
/// the application's pool.
struct PipelineContribution: Sendable {
    /// The features the pipeline comes from, in the order they were found (the first reason for a
    /// feature wins when they are added to a `FeatureList`).
    private(set) var features: [RequiredFeature] = []
    /// Lower-cased names of the native modules enabled for or called by a handler.
    private(set) var nativeModules: Set<String> = []
    /// Runtimes the handlers show ("python", "node", "aspnetcore", "php", "native").
    private(set) var runtimes: Set<String> = []

    /// Nothing: the start of a merge.
    init() {}

    /// The contribution of `modules` and `handlers` (an application's effective lists) and of the
    /// ISAPI filters of `iis` for an application whose pool has `profile` (nil: unknown pool).
    init(modules: [ManifestReaders.IISModule], handlers: [IISHandler], iis: IISConfiguration, pool profile: PoolProfile?) {
        for module in modules where module.type == nil && Self.admits(module, profile, globalModules: iis.globalModules) {
            nativeModules.insert(module.name.lowercased())
            guard let known = IISFeatureTable.module(module.name), known.use == .pipeline, let feature = known.feature
            else { continue }
            add(feature, reason: "\(module.name) is enabled", source: module.source)
        }
        for handler in handlers where PreCondition(handler.preCondition).admits(profile) {
            use(handler)
        }
        for filter in iis.isapiFilters where filter.enabled && PreCondition(filter.preCondition).admits(profile) {
            add(IISFeatureTable.isapiFilterFeature, reason: "ISAPI filter \(filter.name) is loaded", source: filter.source)
        }
    }

    /// Adds what `other` requires after what this requires.
    mutating func merge(_ other: PipelineContribution) {
        features += other.features
        nativeModules.formUnion(other.nativeModules)
        runtimes.formUnion(other.runtimes)
    }

    private mutating func add(_ name: String, reason: String, source: SourceLocation) {
        features.append(RequiredFeature(name: name, reason: reason, source: source))
    }

    /// True when a native module is loaded for `profile`: both its `<modules>` entry and its
    /// `globalModules` entry admit the pool.
    private static func admits(_ module: ManifestReaders.IISModule, _ profile: PoolProfile?,
                               globalModules: [ManifestReaders.IISModule]) -> Bool {
        let global = globalModules.first { !$0.removed && $0.name.caseInsensitiveEquals(module.name) }
        return PreCondition(module.preCondition).admits(profile) && PreCondition(global?.preCondition).admits(profile)
    }

    private mutating func use(_ handler: IISHandler) {
        let modules = (handler.modules ?? "").split(separator: ",")
            .map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
        for module in modules {
            nativeModules.insert(module.lowercased())
            if let feature = IISFeatureTable.module(module)?.feature {
                add(feature, reason: "handler \(handler.name) uses \(module)", source: handler.source)
            }
            if let runtime = IISFeatureTable.moduleRuntimes[module.lowercased()] { runtimes.insert(runtime) }
        }
        for program in Self.programs(in: handler.scriptProcessor) {
            if let feature = IISFeatureTable.processorFeatures[program] {
                add(feature, reason: "handler \(handler.name) runs \(program)", source: handler.source)
            }
            if let runtime = IISFeatureTable.processorRuntimes[program] ?? (program.hasSuffix(".py") ? "python" : nil) {
                runtimes.insert(runtime)
            }
        }
    }

    /// The lower-cased file names a `scriptProcessor` names: the program, and for FastCGI the
    /// arguments after `|` (e.g. `C:\Python\python.exe|C:\Python\wfastcgi.py`).
    private static func programs(in scriptProcessor: String?) -> [String] {
        (scriptProcessor ?? "").split(separator: "|").compactMap { part in
            let path = part.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            let name = path.split(whereSeparator: { $0 == "\\" || $0 == "/" }).last.map(String.init)
            return name?.lowercased()
        }
    }
}
