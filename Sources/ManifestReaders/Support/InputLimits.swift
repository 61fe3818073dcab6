/// Size bounds that keep a hostile or broken capture from exhausting memory or disk.
public struct InputLimits: Sendable, Hashable {
    /// Largest text file (service or feature list, manifest, web.config) read whole into memory.
    public var maxTextFileBytes: Int
    /// Largest XML file handed to the streaming XML reader.
    public var maxXMLFileBytes: Int
    /// Largest registry export read (the reader streams, so this bounds time, not memory).
    public var maxRegistryFileBytes: Int
    /// Most entries a `.zip` capture may hold.
    public var maxZipEntries: Int
    /// Most bytes a `.zip` capture may expand to.
    public var maxZipUncompressedBytes: Int
    /// Most files a capture directory may hold.
    public var maxCaptureFiles: Int

    public init(
        maxTextFileBytes: Int = 64 << 20, maxXMLFileBytes: Int = 512 << 20,
        maxRegistryFileBytes: Int = 4 << 30, maxZipEntries: Int = 10_000,
        maxZipUncompressedBytes: Int = 2 << 30, maxCaptureFiles: Int = 10_000
    ) {
        self.maxTextFileBytes = maxTextFileBytes
        self.maxXMLFileBytes = maxXMLFileBytes
        self.maxRegistryFileBytes = maxRegistryFileBytes
        self.maxZipEntries = maxZipEntries
        self.maxZipUncompressedBytes = maxZipUncompressedBytes
        self.maxCaptureFiles = maxCaptureFiles
    }

    /// The limits used unless a caller sets others.
    public static let standard = InputLimits()
}
