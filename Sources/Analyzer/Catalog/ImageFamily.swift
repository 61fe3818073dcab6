/// The Windows base OS image an image builds on.
public enum ImageFamily: String, Sendable, Hashable, Codable, CaseIterable {
    /// `mcr.microsoft.com/windows/nanoserver` and images built on it.
    case nanoserver
    /// `mcr.microsoft.com/windows/servercore` and images built on it.
    case servercore
    /// `mcr.microsoft.com/windows/server` (Windows Server with the full API).
    case server
    /// `mcr.microsoft.com/windows` (the client-based image).
    case windows
}
