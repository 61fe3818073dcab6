extension SiteRequirementDeriver {
    /// What the request pipelines of all the site's applications require, application by
    /// application (`SiteScope.pipeline(of:)`).
    var pipeline: PipelineContribution {
        scope.site.applications.reduce(into: PipelineContribution()) { $0.merge(scope.pipeline(of: $1)) }
    }
}
