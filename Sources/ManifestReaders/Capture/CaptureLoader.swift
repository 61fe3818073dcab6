import Foundation

/// Loads a capture (a directory or a `.zip` of one) into an `Inventory`: walks its files,
/// recognises each by content (`InputSniffer`), runs the reader for its kind and assembles the facts.
///
/// The result depends only on the capture's content: lists are sorted, provenance uses
/// capture-relative paths, and nothing records the time or the capture's location. Assembly rules:
/// - `host` comes from the registry exports; the manifest's `hostname` fills `computerName` when
///   the registry had none.
/// - `iis` is the first `applicationHost.config` in path order; another one is ignored with a warning.
/// - A `web.config` under `iis/webconfig/<site>/<application path…>/` gets that site and path.
/// - All registry exports feed one `RegistryFactsCollector`, in path order.
/// - Services of the service lists and the registry are merged by name (see `ServiceMerger`).
/// - Features of all lists are deduplicated by name, the first in path order winning.
/// - Files no reader recognises are listed in `inputs` without a kind, with an info diagnostic.
public enum CaptureLoader {
    /// Loads the capture at `url`. Problems inside files become diagnostics of the inventory.
    /// - Throws: `CaptureError` when the capture as a whole cannot be read (see `CaptureWalker`).
    public static func load(_ url: URL, limits: InputLimits = .standard) throws(CaptureError) -> Inventory {
        try CaptureWalker.withCapture(at: url, limits: limits) { load($0, limits: limits) }
    }

    /// Builds the inventory of an opened capture; its files must still exist.
    public static func load(_ source: CaptureSource, limits: InputLimits = .standard) -> Inventory {
        var builder = InventoryBuilder(limits: limits)
        for file in source.files { builder.add(file) }
        return builder.inventory(named: source.name, extraDiagnostics: source.diagnostics)
    }
}
