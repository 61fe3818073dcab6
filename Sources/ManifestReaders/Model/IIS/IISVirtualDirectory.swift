/// A virtual directory inside an application.
public struct IISVirtualDirectory: Codable, Sendable, Hashable {
    /// Virtual path relative to the application, e.g. "/" or "/images".
    public var path: String
    /// `physicalPath` exactly as written, e.g. `%SystemDrive%\inetpub\wwwroot`.
    public var physicalPath: String
    /// `physicalPath` with `%SystemDrive%`, `%windir%`, `%SystemRoot%`, `%ProgramFiles%` … expanded
    /// where known; unknown variables are left as written.
    public var expandedPhysicalPath: String
    /// What kind of location the expanded path is.
    public var pathKind: PathKind
    /// Drive letter (upper case, without colon) for `.drive` paths.
    public var drive: String?
    /// `userName` used to reach the content (UNC shares), never the password.
    public var userName: String?
    public var source: SourceLocation

    /// The kind of a physical path.
    public enum PathKind: String, Codable, Sendable, Hashable {
        /// A local drive path such as `C:\inetpub\wwwroot`.
        case drive
        /// A UNC path such as `\\fileserver\share\site`.
        case unc
        /// Still contains an unexpanded `%VARIABLE%`.
        case unresolved
        /// Anything else (relative, empty).
        case other
    }

    public init(
        path: String, physicalPath: String, expandedPhysicalPath: String, pathKind: PathKind,
        drive: String?, userName: String? = nil, source: SourceLocation
    ) {
        self.path = path
        self.physicalPath = physicalPath
        self.expandedPhysicalPath = expandedPhysicalPath
        self.pathKind = pathKind
        self.drive = drive
        self.userName = userName
        self.source = source
    }
}
