import Foundation

/// One physical line of a registry export, as `RegLineSource` hands it out.
enum RegLine {
    /// The line's bytes, transcoded to UTF-8, without its terminator; valid only during the call.
    case text(UnsafeBufferPointer<UInt8>)
    /// The line was longer than `RegLineSource.maxLineBytes` and was dropped.
    case tooLong
}

/// Streams a text file in large chunks and hands out its lines transcoded to UTF-8, so memory stays
/// bounded by the longest line rather than the file size. Reads UTF-16LE and UTF-16BE (with or
/// without BOM) and UTF-8 (with or without BOM); in a file without BOM, a line that is not valid
/// UTF-8 is read as Windows-1252 (ANSI). Lines end at CRLF, LF or a lone CR.
final class RegLineSource {
    /// Bytes read from the file at a time.
    static let chunkBytes = 2 << 20
    /// Longest line (in UTF-8 bytes) handed out; longer lines are reported as `.tooLong`.
    static let maxLineBytes = 16 << 20

    private let handle: FileHandle
    /// The line being assembled.
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// The current line passed `maxLineBytes`; its bytes are being dropped until its end.
    private var isTooLong = false
    /// The last chunk ended with a CR, so a LF at the start of the next one ends no line.
    private var skipsLeadingLF = false
    /// Lines that are not valid UTF-8 are read as Windows-1252 (a file without BOM).
    private var fallsBackToANSI = false
    /// The line being assembled has a byte above 0x7F (UTF-8 input only).
    private var lineHasHighByte = false
    /// The last chunk ended inside a UTF-16 surrogate pair.
    private var pendingHighSurrogate: UInt16?
    /// 1-based number of the next line handed out.
    private(set) var lineNumber = 1

    init(handle: FileHandle) {
        self.handle = handle
        capacity = 4096
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// Reads the file to its end, calling `body` with each line and its 1-based number, until `body`
    /// returns false. Throws when the file cannot be read.
    func forEachLine(_ body: (RegLine, Int) -> Bool) throws {
        var encoding: CaptureTextEncoding?
        while var chunk = try handle.read(upToCount: Self.chunkBytes), !chunk.isEmpty {
            if encoding == nil {
                let detected = TextEncodingDetector.detect(prefix: chunk.prefix(4096))
                encoding = detected
                fallsBackToANSI = detected == .utf8
                chunk.removeFirst(TextEncodingDetector.byteOrderMarkLength(in: chunk.prefix(3)))
            }
            let proceed: Bool
            switch encoding {
            case .utf16LE?, .utf16BE?:
                if chunk.count % 2 == 1, let next = try handle.read(upToCount: 1) { chunk.append(next) }
                proceed = chunk.withUnsafeBytes {
                    feedUTF16($0.bindMemory(to: UInt8.self), bigEndian: encoding == .utf16BE, body)
                }
            default:
                proceed = chunk.withUnsafeBytes { feedUTF8($0.bindMemory(to: UInt8.self), body) }
            }
            if !proceed { return }
        }
        if count > 0 || isTooLong { _ = emit(body) }
    }

    /// Makes room for `extra` more bytes in the line, and drops a line that grew too long.
    private func reserve(_ extra: Int) {
        if count > Self.maxLineBytes {
            isTooLong = true
            count = 0
        }
        guard count + extra > capacity else { return }
        let grown = max(capacity * 2, count + extra)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bigger.update(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity = grown
    }

    /// Hands the assembled line to `body` and starts the next one.
    private func emit(_ body: (RegLine, Int) -> Bool) -> Bool {
        defer {
            count = 0
            isTooLong = false
            lineHasHighByte = false
            lineNumber += 1
        }
        if isTooLong || count > Self.maxLineBytes { return body(.tooLong, lineNumber) }
        let line = UnsafeBufferPointer(start: storage, count: count)
        if fallsBackToANSI, lineHasHighByte, String(validating: line, as: UTF8.self) == nil {
            let recoded = Array(Windows1252.decode(line).utf8)
            return recoded.withUnsafeBufferPointer { body(.text($0), lineNumber) }
        }
        return body(.text(line), lineNumber)
    }

    private func feedUTF8(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (RegLine, Int) -> Bool) -> Bool {
        reserve(bytes.count)
        var index = 0
        if skipsLeadingLF {
            skipsLeadingLF = false
            if bytes.first == 0x0A { index = 1 }
        }
        let out = storage
        var written = count
        var anyHighByte: UInt8 = lineHasHighByte ? 0x80 : 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte != 0x0A && byte != 0x0D {
                out[written] = byte
                written += 1
                anyHighByte |= byte
                continue
            }
            count = written
            lineHasHighByte = anyHighByte >= 0x80
            if !emit(body) { return false }
            written = 0
            anyHighByte = 0
            if byte == 0x0D {
                if index == bytes.count {
                    skipsLeadingLF = true
                } else if bytes[index] == 0x0A {
                    index += 1
                }
            }
        }
        count = written
        lineHasHighByte = anyHighByte >= 0x80
        return true
    }

    private func feedUTF16(
        _ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, _ body: (RegLine, Int) -> Bool
    ) -> Bool {
        let units = bytes.count / 2
        reserve(units * 3 + 4)
        let input = UnsafeRawPointer(bytes.baseAddress!)
        @inline(__always) func unit(_ index: Int) -> UInt16 {
            let code = input.loadUnaligned(fromByteOffset: 2 * index, as: UInt16.self)
            return bigEndian ? UInt16(bigEndian: code) : UInt16(littleEndian: code)
        }
        let out = storage
        var written = count
        var index = 0
        if skipsLeadingLF {
            skipsLeadingLF = false
            if units > 0, unit(0) == 0x0A { index = 1 }
        }
        if let high = pendingHighSurrogate {
            pendingHighSurrogate = nil
            if units > 0, let pair = UTF8Writer.scalar(high: high, low: unit(0)) {
                written += UTF8Writer.write(pair, to: out + written)
                index = 1
            } else {
                written += UTF8Writer.write(0xFFFD, to: out + written)
            }
        }
        while index < units {
            // Fast path: four units at a time while they are ASCII from 0x0E on (no CR or LF).
            while !bigEndian, index + 4 <= units {
                let four = UInt64(littleEndian: input.loadUnaligned(fromByteOffset: 2 * index, as: UInt64.self))
                // A unit below 0x0E makes its lane of `four - 0x000E…` wrap above 0x7F.
                guard (four | four &- 0x000E_000E_000E_000E) & 0xFF80_FF80_FF80_FF80 == 0 else { break }
                let pairs = four | four >> 8  // the low bytes of units 0 and 1 in bits 0–15, of 2 and 3 in bits 32–47
                let packed = UInt32(truncatingIfNeeded: pairs & 0xFFFF | pairs >> 16 & 0xFFFF_0000)
                UnsafeMutableRawPointer(out + written).storeBytes(of: packed.littleEndian, as: UInt32.self)
                written += 4
                index += 4
            }
            guard index < units else { break }
            let code = unit(index)
            index += 1
            if code == 0x0A || code == 0x0D {
                count = written
                if !emit(body) { return false }
                written = 0
                if code == 0x0D {
                    if index == units {
                        skipsLeadingLF = true
                    } else if unit(index) == 0x0A {
                        index += 1
                    }
                }
            } else if code < 0x80 {
                out[written] = UInt8(truncatingIfNeeded: code)
                written += 1
            } else if (0xD800..<0xDC00).contains(code), index == units {
                pendingHighSurrogate = code
            } else if index < units, let pair = UTF8Writer.scalar(high: code, low: unit(index)) {
                written += UTF8Writer.write(pair, to: out + written)
                index += 1
            } else {
                written += UTF8Writer.write(UTF8Writer.scalar(code), to: out + written)
            }
        }
        count = written
        return true
    }
}
