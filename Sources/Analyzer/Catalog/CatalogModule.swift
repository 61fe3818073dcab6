/// A native IIS module (`<globalModules>` entry) from `iis-modules.yaml`.
public struct CatalogModule: Sendable, Hashable, Codable {
    /// The `<globalModules>` name, e.g. "RewriteModule".
    public var name: String
    /// The DLL file name, when known.
    public var dll: String?
    /// Windows features (Server Manager names) that install it; empty for separately installed modules.
    public var features: [String]
    /// The product that installs it when Windows does not, e.g. "IIS URL Rewrite Module 2".
    public var installer: String?
    /// Where the facts come from.
    public var source: String
    /// True when a value is a conclusion rather than a stated fact.
    @DefaultFalse public var inference: Bool
}
