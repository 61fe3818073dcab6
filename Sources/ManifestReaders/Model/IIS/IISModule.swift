/// A module entry: a `globalModules/add` (native, with `image`) or a `modules/add` (with `type` for
/// managed modules).
public struct IISModule: Codable, Sendable, Hashable {
    public var name: String
    /// Native DLL path (`image`), e.g. `%windir%\System32\inetsrv\rewrite.dll`.
    public var image: String?
    /// Managed type name (`type`), e.g. "System.Web.Security.FormsAuthenticationModule".
    public var type: String?
    /// `preCondition`, e.g. "bitness64" or "managedHandler".
    public var preCondition: String?
    /// True for `<remove name="…"/>` entries (a web.config taking a module away).
    public var removed: Bool
    public var source: SourceLocation

    public init(
        name: String, image: String? = nil, type: String? = nil, preCondition: String? = nil,
        removed: Bool = false, source: SourceLocation
    ) {
        self.name = name
        self.image = image
        self.type = type
        self.preCondition = preCondition
        self.removed = removed
        self.source = source
    }
}
