/// Whether a host runs an image in an isolation mode, and why, in one sentence.
public struct CompatibilityVerdict: Sendable, Hashable {
    /// True when the host runs the image in that mode (and Microsoft supports it).
    public var supported: Bool
    /// One sentence: why, naming host, image, builds and the rule.
    public var reason: String

    /// A verdict.
    public init(supported: Bool, reason: String) {
        self.supported = supported
        self.reason = reason
    }
}
