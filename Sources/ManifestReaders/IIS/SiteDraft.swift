/// A site as read, before the server-level defaults (which follow the sites in the file) apply.
struct SiteDraft {
    /// An application as read.
    struct Application {
        var path: String
        var settings: ApplicationSettings
        /// The application's own `virtualDirectoryDefaults@userName`.
        var virtualDirectoryUserName: String?
        /// Virtual directories with their own `userName` only.
        var virtualDirectories: [IISVirtualDirectory] = []
        var source: SourceLocation
    }

    var id: Int?
    var name: String
    var settings = SiteSettings()
    var applications: [Application] = []
    var bindings: [IISBinding] = []
    var source: SourceLocation

    /// The site with its own settings, then `serverDefaults`, then the IIS defaults applied
    /// (server auto-start on; see `ApplicationSettings.application` for applications).
    func resolved(serverDefaults: SiteSettings) -> IISSite {
        let settings = settings.inheriting(serverDefaults)
        let applications = applications.map { application in
            var directories = application.virtualDirectories
            if let userName = application.virtualDirectoryUserName ?? settings.virtualDirectoryUserName {
                for index in directories.indices where directories[index].userName == nil {
                    directories[index].userName = userName
                }
            }
            return application.settings.inheriting(settings.applicationDefaults)
                .application(path: application.path, virtualDirectories: directories, source: application.source)
        }
        return IISSite(
            id: id, name: name, serverAutoStart: settings.serverAutoStart ?? true, applications: applications,
            bindings: bindings, logDirectory: settings.logDirectory, source: source)
    }
}
