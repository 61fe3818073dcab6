import ManifestReaders

/// Renders an `Inventory` as the XML document that checks query with XPath. The element and
/// attribute names are the public schema documented in `docs/inventory-xml.md`; optional values
/// that are unknown are left out rather than written empty.
public enum InventoryXMLEncoder {
    /// The whole document, rooted at `<inventory>`.
    public static func document(for inventory: Inventory) -> String {
        var writer = XMLWriter()
        write(inventory, to: &writer)
        return writer.document
    }

    /// Writes `<inventory>…</inventory>` into `writer` (the assessment document embeds it).
    public static func write(_ inventory: Inventory, to writer: inout some XMLOutput) {
        writer.open("inventory", [
            ("schemaVersion", String(inventory.schemaVersion)), ("capture", inventory.captureName),
        ])
        if let manifest = inventory.manifest {
            writer.empty("manifest", [
                ("hostname", manifest.hostname), ("capturedAt", manifest.capturedAt),
                ("collectorVersion", manifest.collectorVersion), ("notes", manifest.notes),
            ] + source(manifest.source))
        }
        writer.list("inputs", isEmpty: inventory.inputs.isEmpty) { w in
            for input in inventory.inputs {
                w.empty("input", [("path", input.path), ("kind", input.kind?.rawValue), ("size", String(input.size))])
            }
        }
        if let host = inventory.host { writeHost(host, to: &writer) }
        writer.list("features", isEmpty: inventory.features.isEmpty) { w in
            for feature in inventory.features {
                w.empty("feature", [
                    ("name", feature.name), ("displayName", feature.displayName),
                    ("installed", feature.installed.xmlValue), ("installState", feature.installState),
                    ("parent", feature.parent), ("naming", feature.naming.rawValue),
                ] + source(feature.source))
            }
        }
        writer.list("services", isEmpty: inventory.services.isEmpty) { w in
            for service in inventory.services { writeService(service, to: &w) }
        }
        writer.list("programs", isEmpty: inventory.programs.isEmpty) { w in
            for program in inventory.programs {
                w.empty("program", [
                    ("displayName", program.displayName), ("version", program.version),
                    ("publisher", program.publisher), ("installLocation", program.installLocation),
                    ("keyName", program.keyName), ("architecture", program.architecture),
                ] + source(program.source))
            }
        }
        writer.list("dotnet", isEmpty: inventory.dotNetFrameworks.isEmpty) { w in
            for framework in inventory.dotNetFrameworks {
                w.empty("framework", [
                    ("version", framework.version), ("release", framework.release.xmlValue),
                    ("fullVersion", framework.fullVersion),
                ] + source(framework.source))
            }
        }
        if let iis = inventory.iis { IISXMLEncoder.write(iis, to: &writer) }
        writer.list("webConfigs", isEmpty: inventory.webConfigs.isEmpty) { w in
            for config in inventory.webConfigs { IISXMLEncoder.write(config, to: &w) }
        }
        writer.list("diagnostics", isEmpty: inventory.diagnostics.isEmpty) { w in
            for diagnostic in inventory.diagnostics {
                w.empty("diagnostic", [
                    ("severity", diagnostic.severity.rawValue), ("message", diagnostic.message),
                ] + source(diagnostic.location))
            }
        }
        writer.close()
    }

    private static func writeHost(_ host: HostInfo, to writer: inout some XMLOutput) {
        writer.empty("host", [
            ("computerName", host.computerName), ("productName", host.productName),
            ("editionID", host.editionID), ("installationType", host.installationType),
            ("build", host.build.xmlValue), ("ubr", host.ubr.xmlValue),
            ("displayVersion", host.displayVersion), ("currentVersion", host.currentVersion),
            ("architecture", host.architecture),
        ] + source(host.source))
    }

    /// Writes one `<service>` (the assessment document copies it into workloads).
    static func writeService(_ service: WindowsService, to writer: inout some XMLOutput) {
        writer.empty("service", [
            ("name", service.name), ("displayName", service.displayName), ("state", service.state),
            ("startMode", service.startMode), ("delayedAutoStart", service.delayedAutoStart.xmlValue),
            ("account", service.account), ("binaryPath", service.binaryPath),
            ("serviceType", service.serviceType), ("description", service.description),
            ("builtIn", service.isBuiltIn.xmlValue),
        ] + source(service.source))
    }

    /// The `file` and `line` attributes every element carries.
    static func source(_ location: SourceLocation) -> [XMLWriter.Attribute] {
        [("file", location.file), ("line", String(location.line))]
    }
}
