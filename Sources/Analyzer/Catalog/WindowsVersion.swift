/// A Windows release from `windows-versions.yaml`: its build and lifecycle.
public struct WindowsVersion: Sendable, Hashable, Codable {
    /// How Microsoft services the release.
    public enum Channel: String, Sendable, Hashable, Codable, CaseIterable {
        /// Long-Term Servicing Channel (Windows Server 2016, 2019, 2022, 2025 and the older releases).
        case ltsc
        /// Semi-Annual Channel (Windows Server 1709 to 20H2).
        case sac
        /// Annual Channel (Windows Server 23H2).
        case annual
        /// Windows 10 and 11 feature updates.
        case client
    }

    /// Windows Server or Windows client.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Windows Server.
        case server
        /// Windows 10 or 11.
        case client
    }

    /// The key the catalog and plans use, e.g. "ltsc2022", "20h2", "win11-24h2".
    public var id: String
    /// The product name, e.g. "Windows Server 2022".
    public var name: String
    /// Other names users and captures use ("2022", "1809", …), unique across the catalog.
    public var aliases: [String]
    /// How it is serviced.
    public var channel: Channel
    /// Server or client.
    public var kind: Kind
    /// The build number, e.g. 20348.
    public var build: Int
    /// General availability, `YYYY-MM-DD`.
    public var released: String
    /// End of mainstream support, `YYYY-MM-DD`, for releases that have one.
    public var mainstreamEnd: String?
    /// End of extended support (or of servicing), `YYYY-MM-DD`.
    public var extendedEnd: String?
    /// Where the facts come from.
    public var source: String
    /// True when a value is a conclusion rather than a stated fact.
    @DefaultFalse public var inference: Bool

    /// True when `text` is the id, the name or an alias, ignoring case.
    public func isNamed(_ text: String) -> Bool {
        let wanted = text.lowercased()
        return ([id, name] + aliases).contains { $0.lowercased() == wanted }
    }

    /// True when extended support ended before `asOf` (`YYYY-MM-DD`).
    public func isOutOfSupport(asOf: String) -> Bool {
        extendedEnd.map { $0 < asOf } ?? false
    }
}
