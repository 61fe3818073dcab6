import Foundation

/// Normalises the ways Windows tools write a service's state, start mode and type: WMI's
/// `Win32_Service` words ("Auto", "Own Process"), .NET's `ServiceController` enum names and numbers
/// (`Get-Service`; Windows PowerShell 5's `ConvertTo-Json` writes enums as numbers) and `sc.exe`'s
/// "4  RUNNING" / "20  WIN32_SHARE_PROCESS" (type in hexadecimal).
enum ServiceValues {
    /// The run state as `Win32_Service` spells it ("Running", "Stopped", "Start Pending", …); nil when
    /// `raw` is not a run state (e.g. `Win32_Service.Status` values such as "OK").
    static func state(_ raw: String) -> String? {
        let (number, words) = split(raw)
        if words.isEmpty, let number, let state = runStates[number] { return state }
        return runStates.values.first { key(of: $0) == key(of: words) }
    }

    /// The start mode ("Boot", "System", "Auto", "Manual", "Disabled") and, when `raw` says so, whether
    /// an automatic start is delayed (PowerShell 7's "AutomaticDelayedStart", sc's "AUTO_START
    /// (DELAYED)"). The raw text when it is not a start mode PowerShell, WMI or sc.exe writes.
    static func startMode(_ raw: String) -> (mode: String, delayed: Bool?) {
        let (number, words) = split(raw)
        if words.isEmpty, let number, let mode = startModes[number] { return mode }
        let delayed = words.lowercased().contains("(delayed)")
        let wordKey = key(of: words.replacingOccurrences(of: "(delayed)", with: "", options: .caseInsensitive))
        guard let mode = startModeWords[wordKey] else { return (raw, nil) }
        return delayed ? (mode.mode, true) : mode
    }

    /// The service type as `WindowsService.serviceType` describes it ("Own Process", "Share Process",
    /// "User Share Process", "Kernel Driver", … with " (Interactive)"). Accepts a decimal number
    /// (`ConvertTo-Json`, PowerShell 5 CSV), sc.exe's hexadecimal number followed by words, a list of
    /// .NET `ServiceType` flag names ("Win32OwnProcess, Win32ShareProcess") or a `Win32_Service` word
    /// ("Own Process"). The raw text when it is none of these.
    static func serviceType(_ raw: String) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        let tokens = trimmed.split(whereSeparator: \.isWhitespace)
        var flags: Int?
        if tokens.count > 1, let hex = Int(tokens[0], radix: 16) {
            flags = hex
        } else if let decimal = Int(trimmed) {
            flags = decimal
        } else {
            flags = trimmed.split(separator: ",").reduce(0) { sum, name in
                guard let sum, let flag = typeFlags[key(of: String(name))] else { return nil }
                return sum | flag
            }
        }
        return flags.flatMap(describeType) ?? raw
    }

    /// True, false, or nil when `raw` is neither ("True"/"False" as PowerShell writes them, or 1/0).
    static func flag(_ raw: String) -> Bool? {
        switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "1", "yes": true
        case "false", "0", "no": false
        default: nil
        }
    }

    /// `ServiceControllerStatus` / `SERVICE_STATUS.dwCurrentState` values.
    private static let runStates: [Int: String] = [
        1: "Stopped", 2: "Start Pending", 3: "Stop Pending", 4: "Running", 5: "Continue Pending",
        6: "Pause Pending", 7: "Paused",
    ]

    /// `ServiceStartMode` values (0–4) and PowerShell 7's `ServiceStartupType.AutomaticDelayedStart` (10).
    private static let startModes: [Int: (mode: String, delayed: Bool?)] = [
        0: ("Boot", nil), 1: ("System", nil), 2: ("Auto", nil), 3: ("Manual", nil), 4: ("Disabled", nil),
        10: ("Auto", true),
    ]

    /// Start mode spellings, as `key(of:)` reduces them.
    private static let startModeWords: [String: (mode: String, delayed: Bool?)] = [
        "boot": ("Boot", nil), "bootstart": ("Boot", nil), "system": ("System", nil),
        "systemstart": ("System", nil), "auto": ("Auto", nil), "automatic": ("Auto", nil),
        "autostart": ("Auto", nil), "automaticdelayedstart": ("Auto", true), "manual": ("Manual", nil),
        "demand": ("Manual", nil), "demandstart": ("Manual", nil), "disabled": ("Disabled", nil),
    ]

    /// `SERVICE_*` type bits by .NET flag name and `Win32_Service` word, as `key(of:)` reduces them.
    private static let typeFlags: [String: Int] = [
        "kerneldriver": 0x1, "filesystemdriver": 0x2, "adapter": 0x4, "recognizerdriver": 0x8,
        "win32ownprocess": 0x10, "ownprocess": 0x10, "win32shareprocess": 0x20, "shareprocess": 0x20,
        "userservice": 0x40, "userserviceinstance": 0x80, "userownprocess": 0x50, "usershareprocess": 0x60,
        "interactiveprocess": 0x100,
    ]

    /// The description of `SERVICE_*` type bits; nil when they describe no known type.
    private static func describeType(_ flags: Int) -> String? {
        let interactive = flags & 0x100 != 0
        let base: String
        switch flags & 0xFF {
        case let bits where bits & 0x40 != 0: base = bits & 0x20 != 0 ? "User Share Process" : "User Own Process"
        case let bits where bits & 0x20 != 0: base = "Share Process"
        case let bits where bits & 0x10 != 0: base = "Own Process"
        case 0 where interactive: base = "Own Process"
        case 0x1: base = "Kernel Driver"
        case 0x2: base = "File System Driver"
        case 0x4: base = "Adapter"
        case 0x8: base = "Recognizer Driver"
        default: return nil
        }
        return interactive ? base + " (Interactive)" : base
    }

    /// A leading decimal number and the words after it: "4  RUNNING" → (4, "RUNNING"), "4" → (4, ""),
    /// "Running" → (nil, "Running").
    private static func split(_ raw: String) -> (number: Int?, words: String) {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return (nil, trimmed) }
        let rest = trimmed.dropFirst(digits.count)
        guard rest.isEmpty || rest.first?.isWhitespace == true else { return (nil, trimmed) }
        return (Int(digits), rest.trimmingCharacters(in: .whitespaces))
    }

    /// Letters and digits only, lower-cased: "START_PENDING", "Start Pending" and "StartPending" all give
    /// "startpending".
    private static func key(of text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
    }
}
