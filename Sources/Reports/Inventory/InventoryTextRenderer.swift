import Analyzer
import ManifestReaders

/// A plain-text summary of an inventory for a terminal: the host, IIS sites with their bindings,
/// applications and pools, added services, and the workloads the server splits into.
public enum InventoryTextRenderer {
    /// The summary; every line ends with a newline. Values from the capture are printed with
    /// control characters replaced, so a hostile name cannot move the cursor or fake lines.
    public static func render(_ inventory: Inventory, workloads: [Workload]) -> String {
        var out = TextLines()
        out.add("Capture: \(inventory.captureName) (\(inventory.inputs.filter { $0.kind != nil }.count) inputs read)")
        if let host = inventory.host {
            out.add("Host: \(describe(host))")
        }
        if !inventory.dotNetFrameworks.isEmpty {
            out.add(".NET Framework: " + inventory.dotNetFrameworks.map(\.version).joined(separator: ", "))
        }
        if let iis = inventory.iis { renderIIS(iis, into: &out) }
        let added = inventory.services.filter { !$0.isBuiltIn }
        out.add("Services: \(inventory.services.count) (\(added.count) added)")
        for service in added {
            let details = [service.startMode, service.state, service.account].compactMap { $0 }
            out.add("  \(service.name): " + details.joined(separator: ", "))
        }
        let installed = inventory.features.filter(\.installed)
        out.add("Features: \(installed.count) installed of \(inventory.features.count) listed")
        out.add("Programs: \(inventory.programs.count)")
        out.add("Workloads: " + (workloads.isEmpty ? "none" : workloads.map(\.id).joined(separator: ", ")))
        if !inventory.diagnostics.isEmpty {
            out.add("Diagnostics:")
            for diagnostic in inventory.diagnostics { out.add("  \(diagnostic)") }
        }
        return out.text
    }

    private static func describe(_ host: HostInfo) -> String {
        var parts: [String] = []
        if let name = host.computerName { parts.append(name) }
        if let product = host.productName { parts.append(product) }
        if let build = host.build {
            parts.append("build \(build)" + (host.ubr.map { ".\($0)" } ?? ""))
        }
        if let version = host.displayVersion { parts.append(version) }
        if let type = host.installationType { parts.append(type) }
        return parts.joined(separator: ", ")
    }

    private static func renderIIS(_ iis: IISConfiguration, into out: inout TextLines) {
        let kind = iis.isExpress ? "IIS Express" : "IIS"
        out.add("\(kind): \(iis.sites.count) sites, \(iis.applicationPools.count) application pools")
        for site in iis.sites {
            let state = site.serverAutoStart ? "" : ", not started automatically"
            out.add("  Site \"\(site.name)\" (id \(site.id.map(String.init) ?? "?")\(state))")
            for binding in site.bindings {
                out.add("    \(binding.protocol) \(binding.bindingInformation)")
            }
            for application in site.applications {
                let root = application.virtualDirectories.first { $0.path == "/" }
                let path = root.map { "  \($0.expandedPhysicalPath)" } ?? ""
                out.add("    app \(application.path)  pool \(application.applicationPool ?? "?")\(path)")
                for directory in application.virtualDirectories where directory.path != "/" {
                    out.add("      vdir \(directory.path)  \(directory.expandedPhysicalPath)")
                }
            }
        }
        for pool in iis.applicationPools {
            let runtime = pool.managedRuntimeVersion.isEmpty ? "no managed code" : pool.managedRuntimeVersion
            let bitness = pool.enable32BitAppOnWin64 ? "32-bit" : "64-bit"
            let identity = pool.userName.map { "\(pool.identityType) \($0)" } ?? pool.identityType
            out.add("  Pool \"\(pool.name)\": \(runtime), \(pool.managedPipelineMode), \(bitness), \(identity)")
        }
    }
}

/// Accumulates output lines, neutralising control characters in each.
struct TextLines {
    private(set) var text = ""

    mutating func add(_ line: String) {
        // Control characters (U+0000–U+001F, U+007F–U+009F) start with one of these UTF-8 bytes.
        guard line.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else {
            text += line
            text += "\n"
            return
        }
        for scalar in line.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                text += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        text += "\n"
    }
}
