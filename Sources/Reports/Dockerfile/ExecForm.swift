/// A Dockerfile exec-form (JSON array) argument list, e.g. `["C:\\ServiceMonitor.exe", "w3svc"]`.
enum ExecForm {
    static func array(_ arguments: [String]) -> String {
        "[" + arguments.map(string).joined(separator: ", ") + "]"
    }

    /// `value` as a JSON string: quotes and backslashes escaped, control characters as `\uXXXX`.
    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let digits = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
