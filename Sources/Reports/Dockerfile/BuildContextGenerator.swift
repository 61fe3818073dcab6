import Analyzer

/// Writes the Docker build context of one workload: a `Dockerfile` for its planned base image, the
/// PowerShell scripts that recreate its IIS sites or register its services, the list of content
/// folders to copy in, and notes naming the installers, tools and secrets the person building or
/// running it must supply.
///
/// Values from the capture are untrusted: they reach the scripts only as quoted PowerShell literals
/// (`PowerShellLiteral`), comments only through `SafeText`, and never a Dockerfile instruction or a
/// file path of the context (paths are fixed names; content folders are `ContextName`s).
public enum BuildContextGenerator {
    /// The context of `workload`. It can be made for any workload; the caller decides which get
    /// one (`convert` writes them for the ready and ready-with-changes ones, not the blocked ones).
    public static func context(for workload: AssessedWorkload, in assessment: Assessment,
                               options: DockerfileOptions) -> BuildContext {
        context(for: workload, in: assessment, index: InventoryIndex(assessment.inventory), options: options)
    }

    /// The context of `workload`, its inventory elements looked up in `index` (of
    /// `assessment.inventory`): for making the contexts of many workloads of one assessment.
    public static func context(for workload: AssessedWorkload, in assessment: Assessment, index: InventoryIndex,
                               options: DockerfileOptions) -> BuildContext {
        let scope = index.scope(of: workload.workload)
        let sites = PlannedSite.plan(scope)
        let contentRoot = #"C:\inetpub\"# + ContextName.component(workload.workload.id, fallback: "workload")
        var layout = ContentLayout()
        let directories = sites.flatMap { $0.scope.site.applications.flatMap(\.virtualDirectories) }
        layout.addSiteContent(directories.filter { $0.pathKind != .unc }.map(\.expandedPhysicalPath), under: contentRoot)
        for directory in directories where directory.pathKind == .unc { _ = layout.addMount(directory.expandedPhysicalPath) }
        let services = PlannedService.plan(scope.services, requirements: workload.requirements, layout: &layout)
        let installers = InstallerPlan(requirements: workload.requirements, plan: workload.plan)
        let start = StartScript(sites: sites)
        let renderer = DockerfileRenderer(
            assessment: assessment, workload: workload, options: options, sites: sites, pools: scope.pools,
            services: services, layout: layout, installers: installers, startScript: !start.secureBindings.isEmpty)

        var files = [
            BuildContextFile(path: "Dockerfile", contents: renderer.render()),
            BuildContextFile(path: ".dockerignore", contents: ContextDocuments.dockerignore),
            BuildContextFile(path: ContentManifest.path, contents: ContentManifest.render(layout)),
            BuildContextFile(path: "content/README.txt", contents: ContextDocuments.contentReadme),
        ]
        if !sites.isEmpty {
            let script = IISConfigurationScript(sites: sites, pools: scope.pools, requirements: workload.requirements,
                                                layout: layout, contentRoot: contentRoot)
            files.append(BuildContextFile(path: IISConfigurationScript.path, contents: script.render()))
        }
        if renderer.startScript { files.append(BuildContextFile(path: StartScript.path, contents: start.render())) }
        if !services.isEmpty {
            files.append(BuildContextFile(path: ServiceRegistrationScript.path,
                                          contents: ServiceRegistrationScript(services: services).render()))
        }
        if sites.isEmpty {
            files.append(BuildContextFile(path: ServiceRunScript.path, contents: ServiceRunScript(services: services).render()))
        }
        if installers.needsFiles { files.append(BuildContextFile(path: "installers/README.txt", contents: installers.readme())) }
        if renderer.needsServiceMonitor {
            files.append(BuildContextFile(path: "tools/README.txt", contents: ContextDocuments.toolsReadme))
        }
        if options.logMonitor {
            let folder = LogMonitorConfiguration.folder
            files.append(BuildContextFile(path: "\(folder)/LogMonitorConfig.json",
                                          contents: LogMonitorConfiguration.json(iis: !sites.isEmpty)))
            files.append(BuildContextFile(path: "\(folder)/README.txt", contents: LogMonitorConfiguration.readme))
        }
        return BuildContext(workloadID: workload.workload.id, files: files)
    }
}
