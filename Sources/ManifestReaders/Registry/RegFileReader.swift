import Foundation

/// Reads registry exports (`.reg` files, as `reg export` and regedit write them) as a stream of key
/// sections, with memory bounded by the largest key section rather than the file size.
///
/// Encodings: UTF-16LE with BOM (what `reg export` and regedit write), UTF-8 with or without BOM,
/// and ANSI (Windows-1252, REGEDIT4). Formats: `Windows Registry Editor Version 5.00` and
/// `REGEDIT4`; any other first line is an error and the file is not read further. Lines end at
/// CRLF, LF or CR; blank lines and `;` (or `#`) comments are skipped, and so is a repeated header
/// (two exports concatenated).
///
/// Lines: `[KEY]`, `[-KEY]` (deletion), `"name"=data` (the name may contain `=` and the escapes `\"`
/// and `\\`), `@=data` (the default value). Data: `-` (deletion), `"string"` (with `\"` and `\\`),
/// `dword:` and 1–8 hex digits, `hex:` and `hex(N):` with comma-separated bytes, continued on the
/// next line after a trailing `\` (leading white space of that line is skipped). `hex(2)`, `hex(7)`
/// and `hex(1)` text is UTF-16LE in version 5 files and ANSI in REGEDIT4 ones; `hex(4)` and `hex(b)`
/// are little-endian, `hex(5)` big-endian.
///
/// Errors are diagnostics with the file and line; the value in error is skipped and reading goes on.
public struct RegFileReader: Sendable {
    /// Size bounds; `maxRegistryFileBytes` caps the file size.
    public var limits: InputLimits

    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    /// Streams `file`, calling `visit` once per key section in file order (a key written twice is
    /// visited twice). Returns the problems found, in file order.
    public func read(_ file: CaptureFile, visit: (RegistryKey) -> Void) -> [Diagnostic] {
        let wholeFile = file.location(line: 0)
        let size = (try? FileManager.default.attributesOfItem(atPath: file.url.path)[.size] as? NSNumber)?.intValue
        if let size, size > limits.maxRegistryFileBytes {
            let failure = TextFile.Failure.tooLarge(size: size, limit: limits.maxRegistryFileBytes)
            return [Diagnostic(.error, wholeFile, failure.description)]
        }
        guard let handle = try? FileHandle(forReadingFrom: file.url) else {
            return [Diagnostic(.error, wholeFile, TextFile.Failure.unreadable("no such file").description)]
        }
        defer { try? handle.close() }
        let source = RegLineSource(handle: handle)
        var parser = RegParser(file: file)
        var diagnostics: [Diagnostic] = []
        do {
            try source.forEachLine { line, number in parser.parse(line, number: number, visit: visit) }
        } catch {
            let failure = TextFile.Failure.unreadable(error.localizedDescription)
            diagnostics.append(Diagnostic(.error, file.location(line: source.lineNumber), failure.description))
        }
        parser.finish(visit: visit)
        return parser.diagnostics + diagnostics
    }

    /// Reads all of `file` into memory: for small files and tests.
    public func readAll(_ file: CaptureFile) -> ReadResult<[RegistryKey]> {
        var keys: [RegistryKey] = []
        let diagnostics = read(file) { keys.append($0) }
        return ReadResult(value: keys, diagnostics: diagnostics)
    }

    /// True when the first line of `sample` that is not blank is one of the two `.reg` headers.
    public static func recognizes(_ sample: InputSample) -> Bool {
        let text = sample.trimmedStart
        let firstLine = text[..<(text.firstIndex(where: \.isNewline) ?? text.endIndex)]
        let header = firstLine.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed()
        return String(header) == RegFileFormat.version5Header || String(header) == RegFileFormat.regedit4Header
    }
}
