extension RegistryData {
    /// Decodes the bytes of a `hex:` (`type` 3) or `hex(type):` value written in `format`.
    init(type: Int, bytes: [UInt8], format: RegFileFormat) {
        switch type {
        case 0: self = .untyped(bytes)
        case 1: self = .string(format.strings(in: bytes).first ?? "")
        case 2: self = .expandString(format.strings(in: bytes).first ?? "")
        case 3: self = .binary(bytes)
        case 4 where bytes.count == 4: self = .dword(bytes.reversed().reduce(0) { $0 << 8 | UInt32($1) })
        case 5 where bytes.count == 4: self = .dword(bytes.reduce(0) { $0 << 8 | UInt32($1) })
        case 7: self = .multiString(format.strings(in: bytes))
        case 11 where bytes.count == 8: self = .qword(bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) })
        default: self = .other(type: type, bytes: bytes)
        }
    }
}
