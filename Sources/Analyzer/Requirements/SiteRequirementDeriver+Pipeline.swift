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
            let pipeline = scope.pipeline(of: application)
            features.add(pipeline.features)
            usage.nativeModules.formUnion(pipeline.nativeModules)
            usage.runtimes.formUnion(pipeline.runtimes)
        }
        return usage
    }
}
