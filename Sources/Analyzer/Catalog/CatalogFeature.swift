/// A Windows feature from `features.yaml` and where it can be installed.
public struct CatalogFeature: Sendable, Hashable, Codable {
    /// The Server Manager name (`Install-WindowsFeature`), e.g. "Web-Asp-Net45".
    public var name: String
    /// The DISM name (`dism /enable-feature`), e.g. "IIS-ASPNET45", when it has one.
    public var dism: String?
    /// The name Server Manager shows, e.g. "ASP.NET 4.x".
    public var displayName: String
    /// The parent in the Server Manager tree.
    public var parent: String?
    /// The image families it can be installed in; empty when no container image can have it.
    public var installableIn: [ImageFamily]
    /// True for a part of the OS that a command sets up rather than `Install-WindowsFeature`.
    @DefaultFalse public var builtIn: Bool
    /// Where the facts come from.
    public var source: String
    /// True when a value is a conclusion rather than a stated fact.
    @DefaultFalse public var inference: Bool
}
