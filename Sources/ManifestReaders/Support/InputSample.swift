import Foundation

/// The start of a file, decoded, so each reader can say whether the file is its kind
/// (inputs are recognised by content, not only by name).
public struct InputSample: Sendable {
    /// The file's name (last path component), lower-cased.
    public var fileName: String
    /// Its encoding, as detected from the first bytes.
    public var encoding: CaptureTextEncoding
    /// Up to the first 64 KiB, decoded, BOM removed (invalid sequences replaced).
    public var text: String

    public init(fileName: String, encoding: CaptureTextEncoding, text: String) {
        self.fileName = fileName.lowercased()
        self.encoding = encoding
        self.text = text
    }

    /// Reads the first 64 KiB of `url`; nil when the file cannot be opened.
    public init?(url: URL) {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 64 << 10)) ?? Data()
        self.init(fileName: url.lastPathComponent, prefix: data)
    }

    /// Decodes `prefix`, the first bytes of a file named `fileName`.
    public init(fileName: String, prefix: Data) {
        let encoding = TextEncodingDetector.detect(prefix: prefix.prefix(4096))
        var body = Data(prefix.dropFirst(TextEncodingDetector.byteOrderMarkLength(in: prefix.prefix(3))))
        if encoding.isUTF16, body.count % 2 == 1 { body.removeLast() }
        let text: String
        switch encoding {
        case .utf16LE: text = String(data: body, encoding: .utf16LittleEndian) ?? ""
        case .utf16BE: text = String(data: body, encoding: .utf16BigEndian) ?? ""
        case .windows1252: text = String(data: body, encoding: .windowsCP1252) ?? ""
        case .utf8: text = String(decoding: body, as: UTF8.self)
        }
        self.init(fileName: fileName, encoding: encoding, text: text)
    }

    /// The text without leading white space, for prefix tests.
    public var trimmedStart: Substring { text.drop(while: { $0.isWhitespace }) }
}
