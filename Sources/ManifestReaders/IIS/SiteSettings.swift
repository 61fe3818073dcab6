/// The settings a site inherits, as one level sets them: a `site` element and its
/// `applicationDefaults` / `virtualDirectoryDefaults` children, or the server-level
/// `siteDefaults`, `applicationDefaults` and `virtualDirectoryDefaults` under `sites`.
/// Nil where the level is silent.
struct SiteSettings {
    var serverAutoStart: Bool?
    /// `logFile@directory`, raw.
    var logDirectory: String?
    var applicationDefaults = ApplicationSettings()
    /// `virtualDirectoryDefaults@userName`.
    var virtualDirectoryUserName: String?

    /// These settings, with `defaults` filling what they leave unset.
    func inheriting(_ defaults: SiteSettings) -> SiteSettings {
        SiteSettings(
            serverAutoStart: serverAutoStart ?? defaults.serverAutoStart,
            logDirectory: logDirectory ?? defaults.logDirectory,
            applicationDefaults: applicationDefaults.inheriting(defaults.applicationDefaults),
            virtualDirectoryUserName: virtualDirectoryUserName ?? defaults.virtualDirectoryUserName)
    }
}
