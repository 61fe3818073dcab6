import Analyzer
import Foundation
import ManifestReaders

/// The formats `image2container inventory` writes.
public enum InventoryFormat: String, Sendable, CaseIterable {
    /// A terminal summary (`InventoryTextRenderer`).
    case text
    /// The `Inventory` model as JSON, keys sorted.
    case json
    /// The XML document checks query (`InventoryXMLEncoder`, schema in `docs/inventory-xml.md`).
    case xml
}

/// Renders an inventory in one of the `InventoryFormat`s; the same input always gives the same bytes.
public enum InventoryRenderer {
    public static func render(_ inventory: Inventory, as format: InventoryFormat) throws -> String {
        switch format {
        case .text:
            InventoryTextRenderer.render(inventory, workloads: WorkloadSplitter().workloads(of: inventory))
        case .json:
            try JSONOutput.string(inventory)
        case .xml:
            InventoryXMLEncoder.document(for: inventory)
        }
    }
}
