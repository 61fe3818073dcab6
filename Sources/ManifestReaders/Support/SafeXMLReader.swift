import CLibXML2
import Foundation

/// A forward-only reader of element starts and ends over libxml2's streaming `xmlTextReader`,
/// hardened for hostile captures:
/// * no DTD is ever seen by libxml2 (`XMLInputStream` neutralises `<!DOCTYPE`), so nothing is
///   expanded (no billion laughs) and no external entity or DTD is loaded (no XXE); the DOCTYPE
///   is reported as an error and the rest of the document is read, undeclared entity references
///   reading as empty;
/// * no network access (`XML_PARSE_NONET`), no entity substitution, no DTD loading, defaulting or
///   validation, and libxml2's own size limits stay on (no `XML_PARSE_HUGE`);
/// * files larger than `InputLimits.maxXMLFileBytes` are refused;
/// * values of secret attributes (`password`, `connectionString`) are never copied out of libxml2;
///   other attribute values only when asked for (see `XMLAttributes`).
///
/// libxml2's messages become `Diagnostic`s with the file and line. After a fatal error nothing more
/// is delivered: what was read before it stands (libxml2 parses ahead in chunks of 512 bytes, so
/// elements in the chunk that holds the error are lost with it).
final class SafeXMLReader {
    /// The message for a `<!DOCTYPE` declaration.
    static let doctypeMessage =
        "DOCTYPE declarations are not allowed in captured XML (entity expansion and external entities are disabled); the DTD was ignored"

    private let file: CaptureFile
    private let stream: XMLInputStream?
    private var reader: xmlTextReaderPtr?
    private var recorded: [Diagnostic] = []
    private var stopped = false
    private var firstFatalError: (code: Int32, message: String, line: Int)?
    // The state below is only touched by `next()`, never while libxml2 calls back (`record`), so
    // accesses to it cannot overlap and need no run-time exclusivity checks.
    /// Elements started and not yet ended, innermost last (an empty element until its synthesised
    /// end is delivered): the names of the end tags to come, and where a truncated file ends.
    @exclusivity(unchecked) private var openElements: [(name: String, line: Int)] = []
    /// True when the last node delivered was an empty element, whose end comes next.
    @exclusivity(unchecked) private var endsEmptyElement = false
    @exclusivity(unchecked) private var sawElement = false
    /// Makes the element starts into `XMLNode`s.
    @exclusivity(unchecked) private var converter = XMLElementConverter()
    /// Reads the attributes of the start tag delivered last.
    private let tag = XMLStartTag()

    /// libxml2 must be initialised once before parsers run on several threads.
    private static let libraryInitialised: Void = xmlInitParser()

    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_IGNORE_ENC.rawValue
            | XML_PARSE_BIG_LINES.rawValue)

    /// libxml2 error codes that mean the bytes are not text in the file's encoding.
    private static let encodingErrorCodes: Set<Int32> = [
        Int32(XML_ERR_INVALID_CHAR.rawValue), Int32(XML_ERR_INVALID_ENCODING.rawValue),
        Int32(XML_ERR_UNKNOWN_ENCODING.rawValue), Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue),
    ]

    /// Opens `file`. Problems opening it (too large, unreadable) show up in `diagnostics`, and
    /// `next()` then returns nil at once.
    init(file: CaptureFile, limits: InputLimits) {
        _ = Self.libraryInitialised
        self.file = file
        let size = (try? FileManager.default.attributesOfItem(atPath: file.url.path)[.size] as? NSNumber)?
            .intValue
        if let size, size > limits.maxXMLFileBytes {
            stream = nil
            recorded.append(
                Diagnostic(
                    .error, file.location(line: 0),
                    "file is \(size) bytes, larger than the \(limits.maxXMLFileBytes)-byte limit for XML input; it was not read"
                ))
            return
        }
        if size == 0 {
            stream = nil
            recorded.append(Diagnostic(.error, file.location(line: 0), "the file is empty; it was not read"))
            return
        }
        guard size != nil, let stream = XMLInputStream(url: file.url) else {
            stream = nil
            recorded.append(Diagnostic(.error, file.location(line: 0), "cannot open the file; it was not read"))
            return
        }
        self.stream = stream
        reader = xmlReaderForIO(
            { context, buffer, length in
                guard let context, let buffer else { return -1 }
                let stream = Unmanaged<XMLInputStream>.fromOpaque(context).takeUnretainedValue()
                return Int32(stream.read(into: buffer, capacity: Int(length)))
            },
            { _ in 0 }, Unmanaged.passUnretained(stream).toOpaque(), nil, stream.encodingName, Self.options)
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { context, error in
                guard let context, let error else { return }
                Unmanaged<SafeXMLReader>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
            }, Unmanaged.passUnretained(self).toOpaque())
        if let declared = stream.ignoredDeclaredEncoding {
            recorded.append(
                Diagnostic(
                    .warning, file.location(line: 1),
                    "the XML declaration names encoding \"\(declared)\", which is not supported or does not match the file's bytes; the file was read as UTF-8"
                ))
        }
    }

    deinit {
        tag.move(to: nil)
        if let reader { xmlFreeTextReader(reader) }
    }

    /// Problems met so far, in file order: libxml2's errors and warnings, DOCTYPE declarations,
    /// refused or unreadable files.
    var diagnostics: [Diagnostic] {
        let doctypes = (stream?.doctypeLines ?? []).map {
            Diagnostic(.error, file.location(line: $0), Self.doctypeMessage)
        }
        return (recorded + doctypes).sorted()
    }

    /// The next element start or end; nil at the end of the document or after a fatal error. The
    /// attributes of the node delivered before can no longer be read.
    func next() -> XMLNode? {
        tag.move(to: nil)
        if endsEmptyElement {
            endsEmptyElement = false
            return end(isEmptyElement: true, line: openElements[openElements.count - 1].line)
        }
        guard let reader, !stopped else { return nil }
        while true {
            let status = xmlTextReaderRead(reader)
            guard status == 1 else {
                stop(status: status)
                return nil
            }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                tag.move(to: reader)
                let node = converter.element(reader, tag: tag)
                sawElement = true
                openElements.append((node.name, node.line))
                endsEmptyElement = node.isEmptyElement
                return node
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                // libxml2 reports the end on the node it reported the start on: same name.
                return end(isEmptyElement: false, line: Self.line(of: reader))
            default:
                continue
            }
        }
    }

    /// The end of the innermost open element, which it closes; its depth is the number of elements
    /// still open around it.
    private func end(isEmptyElement: Bool, line: Int) -> XMLNode {
        let name = openElements.removeLast().name
        return XMLNode(
            kind: .endElement, name: name, depth: openElements.count, line: line, attributes: XMLAttributes(),
            isEmptyElement: isEmptyElement)
    }

    private func stop(status: Int32) {
        stopped = true
        guard status != 0 || firstFatalError != nil, let reader else { return }
        let line = firstFatalError?.line ?? Self.line(of: reader)
        let endedEarly = firstFatalError?.code == Int32(XML_ERR_DOCUMENT_END.rawValue)
        let message: String
        if endedEarly, let open = openElements.last {
            message =
                "XML is not well-formed: the file ends before <\(open.name)> (line \(open.line)) is closed; facts after this point are missing"
        } else if endedEarly, !sawElement {
            message = "XML is not well-formed: the file has no root element; nothing was read"
        } else if let error = firstFatalError {
            let what =
                Self.encodingErrorCodes.contains(error.code)
                ? "XML text is not valid in its encoding" : "XML is not well-formed"
            message = "\(what): \(error.message); facts after this point are missing"
        } else {
            message = "XML reading stopped without a reason from libxml2; facts after this point are missing"
        }
        recorded.append(Diagnostic(.error, file.location(line: line), message))
    }

    /// Records one libxml2 error. The first fatal error is kept for `stop` (later ones follow from
    /// it); references to undeclared entities, left after a neutralised DOCTYPE, are already covered
    /// by the DOCTYPE diagnostic; other errors and warnings cost no facts and become warnings.
    private func record(_ error: xmlError) {
        guard firstFatalError == nil, error.code != Int32(XML_WAR_UNDECLARED_ENTITY.rawValue) else { return }
        let message = Self.string(error.message)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        if error.level == XML_ERR_FATAL {
            firstFatalError = (error.code, message, Int(error.line))
        } else {
            let warning = "XML problem (the file was read anyway): \(message)"
            recorded.append(Diagnostic(.warning, file.location(line: Int(error.line)), warning))
        }
    }

    /// The line of the current node: libxml2 records it when the tag is parsed (the parser itself
    /// runs ahead of the node delivered), up to 65534; beyond that the parser's line is the best
    /// known.
    static func line(of reader: xmlTextReaderPtr) -> Int {
        let recorded = xmlGetLineNo(xmlTextReaderCurrentNode(reader))
        return recorded > 0 && recorded < 65535 ? recorded : Int(xmlTextReaderGetParserLineNumber(reader))
    }

    private static func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
