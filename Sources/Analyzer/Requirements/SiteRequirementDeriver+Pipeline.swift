import Foundation
import ManifestReaders

extension SiteRequirementDeriver {
    /// What the site's request pipelines use.
    struct PipelineUsage {
        /// Lower-cased names of the native modules enabled for or called by a handler of any
        /// application.
        var nativeModules: Set<String> = []
        /// Runtimes the handlers show ("python", "node", "aspnetcore", "php", "native").
        var runtimes: Set<String> = []
    }

    /// Walks each application's modules, handlers and ISAPI filters, keeping those whose
    /// `preCondition` admits the application's pool, and requires the features they come from.
    func pipelineUsage(features: inout FeatureList) -> PipelineUsage {
        var usage = PipelineUsage()
        for application in scope.site.applications {
            let pool = scope.pool(of: application)
            for module in scope.modules(of: application) where module.type == nil && admits(module, pool) {
                usage.nativeModules.insert(module.name.lowercased())
                guard let known = IISFeatureTable.module(module.name), known.use == .pipeline,
                    let feature = known.feature
                else { continue }
                features.add(feature, reason: "\(module.name) is enabled", source: module.source)
            }
            for handler in scope.handlers(of: application) where PreCondition(handler.preCondition).admits(pool) {
                use(handler, features: &features, usage: &usage)
            }
            let filters = scope.iis.isapiFilters.filter { $0.enabled && PreCondition($0.preCondition).admits(pool) }
            for filter in filters {
                features.add(IISFeatureTable.isapiFilterFeature, reason: "ISAPI filter \(filter.name) is loaded",
                             source: filter.source)
            }
        }
        return usage
    }

    /// True when a native module is loaded for `pool`: both its `<modules>` entry and its
    /// `globalModules` entry admit the pool.
    private func admits(_ module: ManifestReaders.IISModule, _ pool: IISApplicationPool?) -> Bool {
        let global = scope.iis.globalModules.first { !$0.removed && $0.name.caseInsensitiveEquals(module.name) }
        return PreCondition(module.preCondition).admits(pool) && PreCondition(global?.preCondition).admits(pool)
    }

    private func use(_ handler: IISHandler, features: inout FeatureList, usage: inout PipelineUsage) {
        let modules = (handler.modules ?? "").split(separator: ",")
            .map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
        for module in modules {
            usage.nativeModules.insert(module.lowercased())
            if let feature = IISFeatureTable.module(module)?.feature {
                features.add(feature, reason: "handler \(handler.name) uses \(module)", source: handler.source)
            }
            if let runtime = IISFeatureTable.moduleRuntimes[module.lowercased()] { usage.runtimes.insert(runtime) }
        }
        for program in Self.programs(in: handler.scriptProcessor) {
            if let feature = IISFeatureTable.processorFeatures[program] {
                features.add(feature, reason: "handler \(handler.name) runs \(program)", source: handler.source)
            }
            if let runtime = IISFeatureTable.processorRuntimes[program] ?? (program.hasSuffix(".py") ? "python" : nil) {
                usage.runtimes.insert(runtime)
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
