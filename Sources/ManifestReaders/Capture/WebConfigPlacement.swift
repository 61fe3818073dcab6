/// Where a `web.config` belongs, from its place in the capture layout
/// `iis/webconfig/<site>/<application path…>/web.config` (folder names matched case-insensitively):
/// the site is the folder under `webconfig`, the application path the folders below it ("/" when
/// the file is directly in the site folder).
struct WebConfigPlacement: Hashable {
    /// The IIS site name.
    var site: String
    /// The application's virtual path, "/" for the root application.
    var applicationPath: String

    /// The placement of the file at capture-relative `path`; nil when it is not under `iis/webconfig/<site>/`.
    init?(path: String) {
        let components = path.split(separator: "/").map(String.init)
        guard components.count >= 4, components[0].lowercased() == "iis", components[1].lowercased() == "webconfig"
        else { return nil }
        site = components[2]
        applicationPath = "/" + components[3..<(components.count - 1)].joined(separator: "/")
    }
}
