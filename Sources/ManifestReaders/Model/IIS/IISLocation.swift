/// A `<location path="…">` element: configuration that applies to one site, application or folder.
public struct IISLocation: Codable, Sendable, Hashable {
    /// `path`, e.g. "Default Web Site/api" ("" for the server level).
    public var path: String
    /// `overrideMode` ("Allow", "Deny", "Inherit"), when set.
    public var overrideMode: String?
    /// `inheritInChildApplications`, when set.
    public var inheritInChildApplications: Bool?
    /// Authentication settings this location sets.
    public var authentication: IISAuthentication
    /// Section paths this location configures, e.g. "system.webServer/security/access",
    /// sorted and unique.
    public var sections: [String]
    /// The element's start tag as written (attributes normalised to `name="value"`).
    public var rawTag: String
    public var source: SourceLocation

    public init(
        path: String, overrideMode: String? = nil, inheritInChildApplications: Bool? = nil,
        authentication: IISAuthentication = IISAuthentication(), sections: [String] = [],
        rawTag: String, source: SourceLocation
    ) {
        self.path = path
        self.overrideMode = overrideMode
        self.inheritInChildApplications = inheritInChildApplications
        self.authentication = authentication
        self.sections = sections
        self.rawTag = rawTag
        self.source = source
    }
}
