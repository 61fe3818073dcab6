/// A Windows version as the container runtime compares it: major, minor and build.
public struct OSVersion: Sendable, Hashable {
    /// 10 for every release since Windows 10 and Windows Server 2016.
    public var major: Int
    /// 0 for every release since Windows 10 and Windows Server 2016.
    public var minor: Int
    /// The build number, e.g. 20348.
    public var build: Int

    /// Every Windows release that runs containers is 10.0, so `major` and `minor` default to it.
    public init(major: Int = 10, minor: Int = 0, build: Int) {
        self.major = major
        self.minor = minor
        self.build = build
    }
}
