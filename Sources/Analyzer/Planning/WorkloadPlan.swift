/// Where a workload will run: base image and tag, the host it targets, the isolation mode, and why.
public struct WorkloadPlan: Sendable, Hashable, Codable {
    /// Image repository, e.g. "mcr.microsoft.com/dotnet/framework/aspnet".
    public var repository: String
    /// Tag for the target host, e.g. "4.8.1-windowsservercore-ltsc2022".
    public var tag: String
    /// Base OS image family: "nanoserver", "servercore", "server" or "windows".
    public var family: String
    /// The image's Windows version name and build, e.g. "ltsc2022" / 20348.
    public var imageVersion: String
    public var imageBuild: Int
    /// The target host's version name and build.
    public var hostVersion: String
    public var hostBuild: Int
    /// "process" or "hyperv".
    public var isolation: String
    /// True when the host can run the image in that isolation mode.
    public var compatible: Bool
    /// The choice explained in plain words, one sentence each, in the order they were made.
    public var reasons: [String]

    public init(repository: String, tag: String, family: String, imageVersion: String, imageBuild: Int,
                hostVersion: String, hostBuild: Int, isolation: String, compatible: Bool, reasons: [String]) {
        self.repository = repository
        self.tag = tag
        self.family = family
        self.imageVersion = imageVersion
        self.imageBuild = imageBuild
        self.hostVersion = hostVersion
        self.hostBuild = hostBuild
        self.isolation = isolation
        self.compatible = compatible
        self.reasons = reasons
    }

    /// `repository:tag`, what a Dockerfile's `FROM` names.
    public var imageReference: String { "\(repository):\(tag)" }
}
