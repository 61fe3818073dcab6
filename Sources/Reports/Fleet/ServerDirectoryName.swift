/// The folder names under `servers/`: a capture's name reduced to letters, digits, `.`, `_` and `-`
/// (never starting with a dot), made unique by appending `-2`, `-3`, … in the given order.
enum ServerDirectoryName {
    static func assign(_ names: [String]) -> [String] {
        var taken: Set<String> = []
        return names.map { name in
            let base = sanitised(name)
            var candidate = base
            var suffix = 2
            while !taken.insert(candidate).inserted {
                candidate = "\(base)-\(suffix)"
                suffix += 1
            }
            return candidate
        }
    }

    private static func sanitised(_ name: String) -> String {
        let safe = String(name.unicodeScalars.prefix(100).map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        })
        if safe.isEmpty { return "_" }
        return safe.hasPrefix(".") ? "_" + safe.dropFirst() : safe
    }
}
