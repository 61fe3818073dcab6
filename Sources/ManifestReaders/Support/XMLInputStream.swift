import Foundation

/// The bytes of one captured XML file as libxml2 reads them, made safe before libxml2 sees them.
///
/// It reads the file in chunks and
/// * hands libxml2 either UTF-8 (UTF-16 files, recognised by a BOM, by two ASCII characters at
///   the start or by their zero bytes, are transcoded here) or the raw bytes of an
///   ASCII-compatible single-byte encoding the XML declaration names. libxml2 is told to ignore
///   the declaration, so it can never switch to an encoding (such as UTF-7) in which markup could
///   hide from the check below;
/// * replaces every `<!DOCTYPE …>` in the prolog by `<!DOCTYPE x SYSTEM "">`, keeping its line
///   breaks. No entity is then declared, so none is ever expanded or loaded; the external subset
///   named is empty and never loaded (DTD loading is off), and its presence makes libxml2 read a
///   reference to an undeclared entity as empty instead of stopping.
final class XMLInputStream {
    /// The encoding name libxml2 is told to use.
    let encodingName: String
    /// The encoding the XML declaration names when it could not be honoured (the file is then
    /// read as UTF-8).
    let ignoredDeclaredEncoding: String?
    /// Lines (1-based) of the `<!DOCTYPE` declarations replaced so far.
    private(set) var doctypeLines: [Int] = []

    private let handle: FileHandle
    private let utf16: UTF16Layout?
    private var atEndOfFile = false
    private var carry: [UInt8] = []
    private var pending: [UInt8] = []
    private var pendingStart = 0
    private var prolog = PrologState.text
    private var held: [UInt8] = []
    private var heldLine = 1
    private var recent: UInt32 = 0
    private var line = 1

    private static let chunkSize = 64 << 10
    private static let doctypeKeyword = Array("<!DOCTYPE".utf8)
    private static let commentOpener = Array("<!--".utf8)
    private static let neutralDoctype = Array("<!DOCTYPE x SYSTEM \"\">".utf8)
    /// Declared encodings read as they are (all ASCII-compatible), by lower-cased name.
    private static let singleByteEncodings: [String: String] = [
        "utf-8": "UTF-8", "utf8": "UTF-8", "us-ascii": "UTF-8", "ascii": "UTF-8",
        "iso-8859-1": "ISO-8859-1", "latin1": "ISO-8859-1", "iso-8859-15": "ISO-8859-15",
        "windows-1252": "windows-1252", "cp1252": "windows-1252",
    ]

    private enum UTF16Layout { case littleEndian, bigEndian }

    /// Where the prolog scan is: before the root element, everything is examined; after it, bytes
    /// pass through untouched.
    private enum PrologState {
        case text
        case markupStart
        case processingInstruction
        case comment
        case doctype(DoctypeScan)
        case body
    }

    /// Progress through a `<!DOCTYPE …>` declaration, to find its closing `>`.
    private struct DoctypeScan {
        var quote: UInt8?
        var inInternalSubset = false
        var inComment = false
    }

    /// Opens `url`; nil when it cannot be opened.
    init?(url: URL) {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        self.handle = handle
        let first = (try? handle.read(upToCount: Self.chunkSize)) ?? Data()
        let detected = TextEncodingDetector.detect(prefix: first.prefix(4096))
        var body = Array(first.dropFirst(TextEncodingDetector.byteOrderMarkLength(in: first.prefix(3))))
        switch (detected, body.prefix(4).map { $0 == 0 }) {
        case (.utf16LE, _), (_, [false, true, false, true]): utf16 = .littleEndian
        case (.utf16BE, _), (_, [true, false, true, false]): utf16 = .bigEndian
        default: utf16 = nil
        }
        if utf16 != nil {
            encodingName = "UTF-8"
            ignoredDeclaredEncoding = nil
        } else {
            let declared = Self.declaredEncoding(in: body.prefix(1024))
            let supported = declared.flatMap { Self.singleByteEncodings[$0.lowercased()] }
            encodingName = supported ?? "UTF-8"
            ignoredDeclaredEncoding = supported == nil ? declared : nil
        }
        atEndOfFile = first.isEmpty
        body = decode(body)
        scan(body)
    }

    deinit { try? handle.close() }

    /// Copies up to `capacity` bytes into `buffer`; returns the count, 0 at the end of the file.
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        if pending.count - pendingStart < capacity, !atEndOfFile {
            // Drop what was handed out, so the bytes read next fit in the capacity already there.
            pending.removeSubrange(..<pendingStart)
            pendingStart = 0
        }
        while pending.count - pendingStart < capacity, !atEndOfFile {
            let chunk = (try? handle.read(upToCount: Self.chunkSize)) ?? Data()
            atEndOfFile = chunk.isEmpty
            chunk.withUnsafeBytes { bytes in
                let bytes = bytes.bindMemory(to: UInt8.self)
                // The bytes of an ASCII-compatible encoding pass as they are, without a copy.
                if utf16 == nil { scan(bytes) } else { scan(decode(Array(bytes))) }
            }
        }
        if atEndOfFile, !held.isEmpty {
            pending.append(contentsOf: held)
            held.removeAll()
        }
        let count = min(capacity, pending.count - pendingStart)
        guard count > 0 else { return 0 }
        pending.withUnsafeBufferPointer { source in
            UnsafeMutableRawPointer(buffer).copyMemory(
                from: source.baseAddress! + pendingStart, byteCount: count)
        }
        pendingStart += count
        if pendingStart == pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingStart = 0
        }
        return count
    }

    /// The `encoding="…"` value of an XML declaration at the start of `bytes`, if any.
    private static func declaredEncoding(in bytes: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return nil }
        let declaration = text[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop(while: { $0 == " " || $0 == "=" || $0.isNewline })
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix(while: { $0 != quote }))
    }

    /// Turns raw file bytes into the bytes libxml2 gets: UTF-16 becomes UTF-8 (an odd trailing byte
    /// or a trailing lead surrogate waits for the next chunk); anything else is unchanged.
    private func decode(_ bytes: [UInt8]) -> [UInt8] {
        guard let utf16 else { return bytes }
        let all = carry + bytes
        carry = []
        var units: [UInt16] = []
        units.reserveCapacity(all.count / 2)
        var index = 0
        while index + 1 < all.count {
            let (first, second) = (UInt16(all[index]), UInt16(all[index + 1]))
            units.append(utf16 == .littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        carry = Array(all[index...])
        if !atEndOfFile, let last = units.last, UTF16.isLeadSurrogate(last) {
            carry = Array(all[(index - 2)...])
            units.removeLast()
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Runs the prolog scan over decoded bytes and queues the result for libxml2.
    private func scan(_ bytes: some Collection<UInt8>) {
        if case .body = prolog {
            pending.append(contentsOf: bytes)
            return
        }
        for index in bytes.indices {
            if case .body = prolog {
                pending.append(contentsOf: bytes[index...])
                return
            }
            step(bytes[index])
        }
    }

    /// Advances the prolog scan by one byte.
    private func step(_ byte: UInt8) {
        recent = recent << 8 | UInt32(byte)
        switch prolog {
        case .text:
            if byte == UInt8(ascii: "<") {
                held = [byte]
                heldLine = line
                prolog = .markupStart
            } else {
                pending.append(byte)
            }
        case .markupStart:
            held.append(byte)
            decideMarkup()
        case .processingInstruction:
            pending.append(byte)
            if recent & 0xFFFF == 0x3F3E { prolog = .text }  // "?>"
        case .comment:
            pending.append(byte)
            if recent & 0xFF_FFFF == 0x2D2D3E { prolog = .text }  // "-->"
        case .doctype(var scan):
            if byte == UInt8(ascii: "\n") { pending.append(byte) }
            if advance(&scan, with: byte) {
                pending.append(contentsOf: Self.neutralDoctype)
                prolog = .text
            } else {
                prolog = .doctype(scan)
            }
        case .body:
            pending.append(byte)
        }
        if byte == UInt8(ascii: "\n") { line += 1 }
    }

    /// Decides what the markup that starts with the held bytes is, once enough of it is known.
    private func decideMarkup() {
        if held == [UInt8(ascii: "<"), UInt8(ascii: "?")] {
            flushHeld(then: .processingInstruction)
        } else if held == Self.commentOpener {
            flushHeld(then: .comment)
        } else if held == Self.doctypeKeyword {
            held.removeAll()
            doctypeLines.append(heldLine)
            prolog = .doctype(DoctypeScan())
        } else if !(Self.commentOpener.starts(with: held) || Self.doctypeKeyword.starts(with: held)) {
            flushHeld(then: .body)
        }
    }

    /// Passes the held bytes on and enters `state`. The end of a comment or processing instruction
    /// is looked for only after its opener (`<!-->` does not end a comment), as libxml2 does; the
    /// scan must never disagree with libxml2 about where the prolog's markup ends.
    private func flushHeld(then state: PrologState) {
        pending.append(contentsOf: held)
        held.removeAll()
        recent = 0
        prolog = state
    }

    /// Follows quotes, the internal subset and comments inside it; true at the closing `>`.
    private func advance(_ scan: inout DoctypeScan, with byte: UInt8) -> Bool {
        if scan.inComment {
            if recent & 0xFF_FFFF == 0x2D2D3E { scan.inComment = false }  // "-->"
        } else if let quote = scan.quote {
            if byte == quote { scan.quote = nil }
        } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            scan.quote = byte
        } else if scan.inInternalSubset {
            if recent == 0x3C21_2D2D {  // "<!--"
                scan.inComment = true
                recent = 0
            }
            if byte == UInt8(ascii: "]") { scan.inInternalSubset = false }
        } else if byte == UInt8(ascii: "[") {
            scan.inInternalSubset = true
        } else if byte == UInt8(ascii: ">") {
            return true
        }
        return false
    }
}
