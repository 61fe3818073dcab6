import ManifestReaders

/// Writes a workload's `<requirements>` element of the assessment document
/// (`docs/assessment-xml.md`) for `AssessmentXMLEncoder`.
enum RequirementsXMLEncoder {
    static func write(_ requirements: WorkloadRequirements, to writer: inout some XMLOutput) {
        let image = requirements.image
        writer.open("requirements", [
            ("runtime", requirements.runtime), ("dotnetFramework", image.dotNetFramework),
            ("iis", image.iis.xmlValue), ("bit32", image.thirtyTwoBit.xmlValue),
            ("powerShell", image.powerShell.xmlValue), ("msi", image.msi.xmlValue),
            ("fullApi", image.fullAPI.xmlValue), ("gpu", image.gpu.xmlValue),
            ("wcfNonHttp", image.wcfNonHTTP.xmlValue), ("classicAsp", requirements.classicASP.xmlValue),
            ("msmq", requirements.msmq.xmlValue), ("msdtc", requirements.msdtc.xmlValue),
            ("comPlus", requirements.comPlus.xmlValue),
        ])
        for feature in requirements.features {
            writer.empty("feature", [("name", feature.name), ("reason", feature.reason)] + source(feature.source))
        }
        for module in requirements.modules {
            writer.empty("module", [
                ("name", module.name), ("image", module.image),
                ("installer", module.installer.isEmpty ? nil : module.installer),
            ] + source(module.source))
        }
        for port in requirements.ports {
            writer.empty("port", [
                ("protocol", port.protocol), ("port", port.port.xmlValue), ("ip", port.ipAddress),
                ("host", port.hostHeader), ("sharedWith", port.sharedWith.map(String.init)),
            ] + source(port.source))
        }
        for identity in requirements.identities {
            writer.empty("identity", [
                ("kind", identity.kind), ("name", identity.name), ("type", identity.type),
                ("account", identity.account), ("domain", identity.domain.xmlValue),
            ] + source(identity.source))
        }
        for method in requirements.authentication {
            writer.empty("auth", [("type", method.type), ("scope", method.scope)] + source(method.source))
        }
        for path in requirements.paths {
            writer.empty("path", [
                ("kind", path.kind), ("path", path.path), ("drive", path.drive),
                ("application", path.application), ("virtualPath", path.virtualPath),
            ] + source(path.source))
        }
        writer.close()
    }

    private static func source(_ location: SourceLocation) -> [XMLWriter.Attribute] {
        InventoryXMLEncoder.source(location)
    }
}
