/// Names of the numeric `Start` and `Type` values of a service's registry key
/// (https://learn.microsoft.com/windows-hardware/drivers/install/inf-addservice-directive).
enum RegistryServiceCodes {
    /// The start mode of a `Start` value: "Boot", "System", "Auto", "Manual", "Disabled", or the number.
    static func startMode(_ start: Int) -> String {
        switch start {
        case 0: "Boot"
        case 1: "System"
        case 2: "Auto"
        case 3: "Manual"
        case 4: "Disabled"
        default: String(start)
        }
    }

    /// The service type of a `Type` value, with " (Interactive)" when the 0x100 flag is set, or the
    /// value in hex when unknown. Per-user service instances (flag 0x80) are named like their templates.
    static func serviceType(_ type: Int) -> String {
        let name: String
        switch type & ~0x100 {
        case 0x1: name = "Kernel Driver"
        case 0x2: name = "File System Driver"
        case 0x10: name = "Own Process"
        case 0x20: name = "Share Process"
        case 0x50, 0xD0: name = "User Own Process"
        case 0x60, 0xE0: name = "User Share Process"
        default: return "0x" + String(type, radix: 16)
        }
        return type & 0x100 == 0 ? name : name + " (Interactive)"
    }
}
