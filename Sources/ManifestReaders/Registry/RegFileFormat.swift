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
        switch self {
        case .version5:
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            for index in stride(from: 0, to: bytes.count - 1, by: 2) {
                units.append(UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8)
            }
            return Self.split(units).map { String(decoding: $0, as: UTF16.self) }
        case .regedit4:
            return Self.split(bytes).map { Windows1252.decode($0) }
        }
    }

    /// `units` split at NULs, ending at the first empty part (the list terminator) or at the end.
    private static func split<Unit: FixedWidthInteger>(_ units: [Unit]) -> [ArraySlice<Unit>] {
        var parts: [ArraySlice<Unit>] = []
        for part in units.split(separator: 0, omittingEmptySubsequences: false) {
            if part.isEmpty { break }
            parts.append(part)
        }
        return parts
    }
}
