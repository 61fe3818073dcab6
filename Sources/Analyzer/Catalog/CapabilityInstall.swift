/// The Windows features that add a capability to an image lacking it.
public struct CapabilityInstall: Sendable, Hashable, Codable {
    /// The capability added.
    public var capability: ImageCapability
    /// Server Manager names, installed in this order.
    public var features: [String]
    /// Where the fact comes from.
    public var source: String
    /// True when the fact is a conclusion rather than stated.
    @DefaultFalse public var inference: Bool
}
