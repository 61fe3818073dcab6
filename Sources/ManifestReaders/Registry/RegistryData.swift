/// The data of a registry value, decoded from its `.reg` notation.
public enum RegistryData: Sendable, Hashable {
    /// REG_SZ: `"text"` or `hex(1):`.
    case string(String)
    /// REG_EXPAND_SZ (`hex(2):`), e.g. `%SystemRoot%\system32\svchost.exe -k netsvcs`.
    case expandString(String)
    /// REG_MULTI_SZ (`hex(7):`), without the terminating empty string.
    case multiString([String])
    /// REG_DWORD: `dword:`, `hex(4):` (little-endian) or `hex(5):` (big-endian) with four bytes.
    case dword(UInt32)
    /// REG_QWORD: `hex(b):` with eight bytes, little-endian.
    case qword(UInt64)
    /// REG_BINARY: `hex:` or `hex(3):`.
    case binary([UInt8])
    /// REG_NONE: `hex(0):`, bytes without a type.
    case untyped([UInt8])
    /// Any other type, or a `hex(4)`, `hex(5)` or `hex(b)` value whose byte count does not fit its type:
    /// the type number and the raw bytes.
    case other(type: Int, bytes: [UInt8])
    /// `"name"=-`: the value is deleted.
    case deletion

    /// The text of a string or expandable string value; nil for other types.
    public var text: String? {
        switch self {
        case .string(let text), .expandString(let text): text
        default: nil
        }
    }

    /// The number of a DWORD or QWORD value; nil for other types (and for a QWORD above `Int.max`).
    public var integer: Int? {
        switch self {
        case .dword(let value): Int(value)
        case .qword(let value): Int(exactly: value)
        default: nil
        }
    }
}
