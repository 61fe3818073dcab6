/// The two `.reg` formats, told apart by the header line; they differ in how the text of `hex(1)`,
/// `hex(2)` and `hex(7)` data is encoded.
enum RegFileFormat: Sendable {
    /// `Windows Registry Editor Version 5.00` (regedit and `reg export` since Windows 2000): UTF-16LE text.
    case version5
    /// `REGEDIT4` (Windows 95 and NT 4): ANSI (Windows-1252) text.
    case regedit4

    /// The format whose header `line` is (trailing white space already removed), or nil.
    init?(header line: UnsafeBufferPointer<UInt8>) {
        if line.elementsEqual(Self.version5Header.utf8) {
            self = .version5
        } else if line.elementsEqual(Self.regedit4Header.utf8) {
            self = .regedit4
        } else {
            return nil
        }
    }

    static let version5Header = "Windows Registry Editor Version 5.00"
    static let regedit4Header = "REGEDIT4"

    /// Decodes the text in the data of a `hex(1)`, `hex(2)` or `hex(7)` value, up to its terminating
    /// NUL; for REG_MULTI_SZ, each string up to the empty one that ends the list.
    func strings(in bytes: [UInt8]) -> [String] {
        let width = self == .version5 ? 2 : 1
        return bytes.withUnsafeBufferPointer { bytes in
            var strings: [String] = []
            var start = 0
            var index = 0
            while index + width <= bytes.count {
                if bytes[index] == 0, width == 1 || bytes[index + 1] == 0 {
                    if index == start { return strings }
                    strings.append(decode(UnsafeBufferPointer(rebasing: bytes[start..<index])))
                    start = index + width
                }
                index += width
            }
            if start < index { strings.append(decode(UnsafeBufferPointer(rebasing: bytes[start..<index]))) }
            return strings
        }
    }

    private func decode(_ text: UnsafeBufferPointer<UInt8>) -> String {
        switch self {
        case .version5: UTF8Writer.string(fromUTF16LE: text)
        case .regedit4: Windows1252.decode(text)
        }
    }
}
