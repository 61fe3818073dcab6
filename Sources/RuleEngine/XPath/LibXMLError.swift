import CLibXML2
import Foundation

/// Reads libxml2's last error (thread-local in libxml2) as an `XPathDocument.Failure`.
enum LibXMLError {
    /// Stops libxml2 from printing errors on stderr for this thread; they are still recorded and
    /// read back with `last(orElse:)`.
    static func silenceConsole() {
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }

    static func last(orElse fallback: String) -> XPathDocument.Failure {
        guard let error = xmlGetLastError(), let message = error.pointee.message else {
            return XPathDocument.Failure(message: fallback, line: 0)
        }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return XPathDocument.Failure(message: text, line: Int(error.pointee.line))
    }
}
