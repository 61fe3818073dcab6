/// A container base image from `base-images.yaml`.
public struct BaseImage: Sendable, Hashable, Codable {
    /// An image's tag for one Windows version.
    public struct Tag: Sendable, Hashable, Codable {
        /// The tag, e.g. "4.8.1-windowsservercore-ltsc2022".
        public var tag: String
        /// The .NET Framework versions the tag carries, e.g. ["4.8.1"].
        public var dotNetFramework: [String]

        private enum CodingKeys: String, CodingKey {
            case tag, dotNetFramework
        }

        /// Reads either a plain tag string or `{tag, dotNetFramework}`.
        public init(from decoder: any Decoder) throws {
            if let tag = try? decoder.singleValueContainer().decode(String.self) {
                self.tag = tag
                dotNetFramework = []
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            tag = try container.decode(String.self, forKey: .tag)
            dotNetFramework = try container.decodeIfPresent([String].self, forKey: .dotNetFramework) ?? []
        }
    }

    /// The repository, e.g. "mcr.microsoft.com/dotnet/framework/aspnet".
    public var repository: String
    /// The base OS image it builds on.
    public var family: ImageFamily
    /// How plan reasons name the image, e.g. ".NET Framework 4.x ASP.NET image".
    public var title: String
    /// Approximate compressed size; the planner prefers smaller images.
    public var sizeMB: Int
    /// Capabilities the published image has (the .NET Framework ones come from `tags`).
    public var provides: [ImageCapability]
    /// The tag per Windows version id.
    public var tags: [String: Tag]
    /// Where the facts come from.
    public var source: String
    /// True when a value (typically the size) is an estimate.
    @DefaultFalse public var inference: Bool
}
