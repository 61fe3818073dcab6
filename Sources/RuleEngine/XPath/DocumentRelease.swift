import CLibXML2
import Foundation

/// Frees documents, large ones on a background queue. Freeing the million nodes of a 10,000-site
/// assessment takes 0.7 s, which the caller no longer waits for: it goes on to write its reports
/// on the other core. Small documents (a fleet's captures) are freed at once: handing them to
/// another thread costs more than it saves and takes the core the fleet's other jobs use.
enum DocumentRelease {
    /// Documents with more elements than this (a few hundred sites) are freed in the background.
    static let backgroundThreshold = 20_000

    /// A document nothing else refers to any more.
    private struct Unreferenced: @unchecked Sendable {
        let document: xmlDocPtr
    }

    private static let queue = DispatchQueue(label: "image2container.xpath-document-release", qos: .utility)

    /// Waits for the queue before the process exits: libxml2's own clean-up runs at exit and
    /// frees the lock a document's dictionary takes while it is freed. Registered once, with the
    /// first document freed in the background; `atexit` handlers run before libxml2's.
    private static let drainAtExit: Void = {
        atexit { DocumentRelease.queue.sync {} }
    }()

    static func free(_ document: xmlDocPtr, elements: Int) {
        guard elements > backgroundThreshold else {
            xmlFreeDoc(document)
            return
        }
        _ = drainAtExit
        let unreferenced = Unreferenced(document: document)
        queue.async { xmlFreeDoc(unreferenced.document) }
    }
}
