import CLibXML2
import Foundation

/// An XML document parsed for XPath 1.0 queries with libxml2: the assessment (or inventory)
/// document that checks run against. Parsing never loads a DTD, never expands external entities
/// and never touches the network.
public final class XPathDocument {
    private let document: xmlDocPtr
    /// How many elements the document has.
    private let elementCount: Int
    /// One XPath context for every query: creating one registers all of XPath's functions.
    private let context: xmlXPathContextPtr
    /// Expressions compiled so far: a check's templates run once per finding.
    private var compiled: [String: xmlXPathCompExprPtr] = [:]

    /// Why a document could not be parsed or a query could not run.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// What went wrong, in libxml2's words where it said something.
        public var message: String
        /// Line in the document (0 when not about a line).
        public var line: Int

        public init(message: String, line: Int) {
            self.message = message
            self.line = line
        }

        public var description: String { line > 0 ? "line \(line): \(message)" : message }
    }

    /// Parses `xml`.
    public convenience init(xml: String) throws(Failure) {
        guard let parsed = Self.parse(xml) else {
            throw LibXMLError.last(orElse: "the document is not well-formed XML")
        }
        if parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil {
            xmlFreeDoc(parsed)
            throw Failure(message: "DOCTYPE declarations are not allowed; entities are never expanded", line: 0)
        }
        try self.init(adopting: parsed)
    }

    /// Queries `tree`, which it owns from now on (and frees, also when this throws).
    init(adopting tree: xmlDocPtr) throws(Failure) {
        // Numbers the elements in document order, so that sorting a node-set (after every step that
        // can select a node twice, and for `|`) compares two numbers instead of walking from one
        // node to the other through all the siblings between them: with 10,000 workloads the walk
        // made the checks quadratic.
        elementCount = Int(xmlXPathOrderDocElems(tree))
        guard let context = xmlXPathNewContext(tree) else {
            xmlFreeDoc(tree)
            throw Failure(message: "cannot create an XPath context", line: 0)
        }
        document = tree
        self.context = context
    }

    /// The document `xml` parses to, nil when it is not well-formed. libxml2 reads the text
    /// through a read callback, a few kilobytes at a time, straight from the string:
    /// `xmlReadMemory` would first copy all of it, twice (its input buffer and an encoding pass),
    /// which at 10,000 sites is 170 MB more.
    private static func parse(_ xml: String) -> xmlDocPtr? {
        LibXMLError.silenceConsole()
        xmlResetLastError()
        // NOBLANKS drops the indentation between elements (half the nodes of an assessment document);
        // COMPACT keeps short texts, most attribute values, inside their node instead of a block of
        // their own; IGNORE_ENC: a Swift string is UTF-8, whatever its declaration says.
        let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_COMPACT.rawValue
            | XML_PARSE_IGNORE_ENC.rawValue
        var xml = xml
        return xml.withUTF8 { bytes in
            let source = ByteSource(bytes)
            let context = Unmanaged.passUnretained(source).toOpaque()
            return withExtendedLifetime(source) {
                xmlReadIO({ context, buffer, length in
                    guard let context, let buffer else { return -1 }
                    return Unmanaged<ByteSource>.fromOpaque(context).takeUnretainedValue().read(into: buffer, length)
                }, nil, context, "document.xml", nil, Int32(options))
            }
        }
    }

    deinit {
        compiled.values.forEach(xmlXPathFreeCompExpr)
        xmlXPathFreeContext(context)
        DocumentRelease.free(document, elements: elementCount)
    }

    /// Evaluates `expression` with `node` as the context node (default: the root element) and
    /// returns the nodes it selects, in document order. An expression that yields a boolean, number
    /// or string selects the root element when its XPath `boolean()` value is true. Namespace nodes
    /// are never returned.
    public func nodes(matching expression: String, at node: XPathNode? = nil) throws(Failure) -> [XPathNode] {
        try nodes(matching: prepare(expression), at: node)
    }

    /// `nodes(matching:at:)` for an expression compiled with `prepare`.
    func nodes(matching query: XPathQuery, at node: XPathNode? = nil) throws(Failure) -> [XPathNode] {
        try evaluate(query, context: node) { result in
            switch result.pointee.type {
            case XPATH_NODESET:
                guard let set = result.pointee.nodesetval else { return [] }
                // Namespace nodes in a result are copies libxml2 frees with the result: never hand them out.
                return (0..<Int(set.pointee.nodeNr)).compactMap { index in
                    guard let node = set.pointee.nodeTab[index], node.pointee.type != XML_NAMESPACE_DECL else { return nil }
                    return XPathNode(node)
                }
            default:
                return xmlXPathCastToBoolean(result) != 0 ? [XPathNode(xmlDocGetRootElement(document))] : []
            }
        }
    }

    /// Evaluates `expression` relative to `node` and converts the result to a string with XPath's
    /// `string()` rules (the first node's string value for a node-set).
    public func string(_ expression: String, at node: XPathNode? = nil) throws(Failure) -> String {
        try evaluate(prepare(expression), context: node) { result in
            guard let value = xmlXPathCastToString(result) else { return "" }
            defer { clibxml2_free(value) }
            return String(cString: value)
        }
    }

    private func evaluate<T>(
        _ query: XPathQuery, context node: XPathNode?, _ body: (xmlXPathObjectPtr) -> T
    ) throws(Failure) -> T {
        context.pointee.node = node?.pointer ?? xmlDocGetRootElement(document)
        context.pointee.contextSize = -1
        context.pointee.proximityPosition = -1
        LibXMLError.silenceConsole()
        xmlResetLastError()
        guard let result = xmlXPathCompiledEval(query.program, context) else {
            throw LibXMLError.last(orElse: "invalid XPath expression '\(query.expression)'")
        }
        defer { xmlXPathFreeObject(result) }
        return body(result)
    }

    /// `expression` compiled for this document's context (once: later calls reuse it); throws
    /// libxml2's reason when it does not compile.
    func prepare(_ expression: String) throws(Failure) -> XPathQuery {
        if let program = compiled[expression] { return XPathQuery(expression: expression, program: program) }
        LibXMLError.silenceConsole()
        xmlResetLastError()
        guard let program = xmlXPathCtxtCompile(context, expression) else {
            throw LibXMLError.last(orElse: "invalid XPath expression '\(expression)'")
        }
        compiled[expression] = program
        return XPathQuery(expression: expression, program: program)
    }
}

/// The bytes of a string, handed to libxml2's read callback as it asks for them.
private final class ByteSource {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Copies up to `length` of the next bytes into `buffer`; returns how many (0 at the end).
    func read(into buffer: UnsafeMutablePointer<CChar>, _ length: Int32) -> Int32 {
        let count = min(Int(length), bytes.count - offset)
        guard count > 0, let start = bytes.baseAddress else { return 0 }
        UnsafeMutableRawPointer(buffer).copyMemory(from: start + offset, byteCount: count)
        offset += count
        return Int32(count)
    }
}
