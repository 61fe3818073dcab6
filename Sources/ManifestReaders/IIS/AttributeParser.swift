/// Reads typed attribute values of configuration elements and records a warning, with the line,
/// for each value that is not of the expected type (the value is then treated as absent).
struct AttributeParser {
    /// The file the elements come from.
    let file: CaptureFile
    /// Warnings about values that did not parse, in the order met.
    private(set) var diagnostics: [Diagnostic] = []

    init(file: CaptureFile) {
        self.file = file
    }

    /// `name` as a Boolean ("true" or "false", any case, blanks around it ignored); nil when
    /// absent or not a Boolean.
    mutating func bool(_ name: StaticString, of node: XMLNode) -> Bool? {
        node.attributes.withValue(of: name) { bool(name, $0, of: node) } ?? nil
    }

    /// `bool(_:of:)` for `value`, the bytes of the attribute `name` of `node`, read already.
    mutating func bool(_ name: StaticString, _ value: UnsafeBufferPointer<UInt8>, of node: XMLNode) -> Bool? {
        // Nearly every value is "true" or "false" as it is, which its bytes decide.
        if let quick = ASCIIText.bool(in: value) { return quick }
        let text = String(decoding: value, as: UTF8.self)
        switch ASCIIText.trimmingBlanks(text).lowercased() {
        case "true": return true
        case "false": return false
        default:
            warn(node.line, "<\(node.name)> attribute \(name)=\"\(text)\" is not true or false; it was ignored")
            return nil
        }
    }

    /// `name` as a whole number; nil when absent or not a number.
    mutating func int(_ name: StaticString, of node: XMLNode) -> Int? {
        node.attributes.withValue(of: name) { int(name, $0, of: node) } ?? nil
    }

    /// `int(_:of:)` for `value`, the bytes of the attribute `name` of `node`, read already.
    mutating func int(_ name: StaticString, _ value: UnsafeBufferPointer<UInt8>, of node: XMLNode) -> Int? {
        // Nearly every value is plain digits, which its bytes decide.
        if let quick = ASCIIText.number(inDigits: value) { return quick }
        let text = String(decoding: value, as: UTF8.self)
        guard let number = Int(ASCIIText.trimmingBlanks(text)) else {
            warn(node.line, "<\(node.name)> attribute \(name)=\"\(text)\" is not a whole number; it was ignored")
            return nil
        }
        return number
    }

    /// Records a warning at `line`.
    mutating func warn(_ line: Int, _ message: String) {
        diagnostics.append(Diagnostic(.warning, file.location(line: line), message))
    }
}
