/// Documented compatibility cells for one host, from one source.
public struct CompatibilityRow: Sendable, Hashable, Codable {
    /// One image on the row's host: whether each isolation mode is supported, where the source says.
    public struct Cell: Sendable, Hashable, Codable {
        /// The image's Windows version id.
        public var image: String
        /// Hyper-V isolation supported; nil when the source does not say.
        public var hyperv: Bool?
        /// Process isolation supported; nil when the source does not say.
        public var process: Bool?

        /// The documented answer for `isolation`, nil when the source does not say.
        public func supported(_ isolation: IsolationMode) -> Bool? {
            switch isolation {
            case .process: process
            case .hyperv: hyperv
            }
        }
    }

    /// The host's Windows version id.
    public var host: String
    /// The images documented for the host.
    public var cells: [Cell]
    /// Where the cells come from.
    public var source: String
    /// True when a cell is a reading of the source rather than stated in it.
    @DefaultFalse public var inference: Bool
}
