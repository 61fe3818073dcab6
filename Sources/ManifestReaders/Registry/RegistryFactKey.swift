/// A registry key the facts collector reads, recognised from its path: `HKEY_LOCAL_MACHINE` or
/// `HKLM`, any case, with `CurrentControlSet` or `ControlSetNNN` for the `SYSTEM` keys.
enum RegistryFactKey: Hashable {
    /// `SOFTWARE\Microsoft\Windows NT\CurrentVersion`.
    case currentVersion
    /// `SYSTEM\<control set>\Control\ComputerName\ComputerName`.
    case computerName(controlSet: Int)
    /// `SYSTEM\<control set>\Control\Session Manager\Environment`.
    case environment(controlSet: Int)
    /// A subkey of `SOFTWARE[\WOW6432Node]\Microsoft\Windows\CurrentVersion\Uninstall` (name lower-cased).
    case uninstall(architecture: String, name: String)
    /// A key below `SOFTWARE\Microsoft\NET Framework Setup\NDP` that `DotNetVersionTable` knows
    /// (path below `NDP`, lower-cased).
    case dotNet(String)
    /// A subkey of `SYSTEM\<control set>\Services` (name lower-cased).
    case service(controlSet: Int, name: String)

    /// The key `path` names, or nil when the collector does not need it. Parts are compared as bytes
    /// ignoring ASCII case, without allocating until a key matches, because most keys of a full
    /// export do not.
    init?(path: String) {
        var path = path
        guard let key = path.withUTF8(Self.init(utf8:)) else { return nil }
        self = key
    }

    private init?(utf8 path: UnsafeBufferPointer<UInt8>) {
        var parts = PathParts(path)
        guard parts.skip("hkey_local_machine") || parts.skip("hklm") else { return nil }
        if parts.skip("software") {
            let architecture = parts.skip("wow6432node") ? "x86" : "x64"
            guard parts.skip("microsoft") else { return nil }
            if parts.skip("windows\\currentversion\\uninstall"), let name = parts.next(), parts.atEnd {
                self = .uninstall(architecture: architecture, name: parts.text(name).lowercased())
            } else if architecture == "x64", parts.skip("windows nt\\currentversion"), parts.atEnd {
                self = .currentVersion
            } else if architecture == "x64", parts.skip("net framework setup\\ndp"), let version = parts.next() {
                var below = parts.text(version).lowercased()
                if let subkey = parts.next() { below += "\\" + parts.text(subkey).lowercased() }
                guard parts.atEnd, DotNetVersionTable.knows(below) else { return nil }
                self = .dotNet(below)
            } else {
                return nil
            }
        } else if parts.skip("system"), let controlSet = Self.controlSetNumber(&parts) {
            if parts.skip("control\\computername\\computername"), parts.atEnd {
                self = .computerName(controlSet: controlSet)
            } else if parts.skip("control\\session manager\\environment"), parts.atEnd {
                self = .environment(controlSet: controlSet)
            } else if parts.skip("services"), let name = parts.next(), parts.atEnd {
                self = .service(controlSet: controlSet, name: parts.text(name).lowercased())
            } else {
                return nil
            }
        } else {
            return nil
        }
    }

    /// The lower-cased parts of an `HKEY_LOCAL_MACHINE` (or `HKLM`) key path after the root; nil for
    /// other roots.
    static func lowercasedParts(of path: String) -> [String]? {
        var path = path
        return path.withUTF8 { path in
            var parts = PathParts(path)
            guard parts.skip("hkey_local_machine") || parts.skip("hklm") else { return nil }
            var lowercased: [String] = []
            while let part = parts.next() { lowercased.append(parts.text(part).lowercased()) }
            return lowercased
        }
    }

    /// The values the collector keeps of this key, lower-cased.
    var wantedValues: Set<String> {
        switch self {
        case .currentVersion:
            ["productname", "editionid", "installationtype", "currentbuild", "currentbuildnumber", "ubr",
             "displayversion", "releaseid", "currentversion"]
        case .computerName: ["computername"]
        case .environment: ["processor_architecture"]
        case .uninstall: ["displayname", "displayversion", "publisher", "installlocation", "systemcomponent"]
        case .dotNet: ["install", "installsuccess", "release", "version"]
        case .service: ["displayname", "imagepath", "start", "delayedautostart", "type", "objectname", "description"]
        }
    }

    /// Reads the control set part: 0 for `CurrentControlSet`, N for `ControlSetNNN`, nil for anything
    /// else; lower numbers are preferred.
    private static func controlSetNumber(_ parts: inout PathParts) -> Int? {
        if parts.skip("currentcontrolset") { return 0 }
        guard let part = parts.next(), part.count > 10, parts.equal(part.prefix(10), "controlset".utf8),
            let number = Int(parts.text(part.dropFirst(10))), number > 0
        else { return nil }
        return number
    }
}

/// The `\`-separated parts of a key path's UTF-8 bytes, read one at a time as index ranges; empty
/// parts (`\\`) are skipped.
private struct PathParts {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// True when no part is left.
    var atEnd: Bool {
        var copy = self
        return copy.next() == nil
    }

    /// The next part.
    mutating func next() -> Range<Int>? {
        while position < bytes.count, bytes[position] == UInt8(ascii: "\\") { position += 1 }
        guard position < bytes.count else { return nil }
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\\") { position += 1 }
        return start..<position
    }

    /// Reads the next parts when they are the `\`-separated parts of `expected` (lower-case ASCII),
    /// ignoring ASCII case; otherwise reads nothing and returns false.
    mutating func skip(_ expected: StaticString) -> Bool {
        let literal = UnsafeBufferPointer(start: expected.utf8Start, count: expected.utf8CodeUnitCount)
        var copy = self
        var start = 0
        while start < literal.count {
            let end = literal[start...].firstIndex(of: UInt8(ascii: "\\")) ?? literal.count
            guard let actual = copy.next(), equal(actual, UnsafeBufferPointer(rebasing: literal[start..<end]))
            else { return false }
            start = end + 1
        }
        self = copy
        return true
    }

    /// True when the bytes in `range` are `expected` (lower-case ASCII), ignoring ASCII case.
    func equal(_ range: Range<Int>, _ expected: some Collection<UInt8>) -> Bool {
        range.count == expected.count
            && zip(bytes[range], expected).allSatisfy { ($0 &- 0x41 < 26 ? $0 | 0x20 : $0) == $1 }
    }

    /// The text of the bytes in `range`.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
