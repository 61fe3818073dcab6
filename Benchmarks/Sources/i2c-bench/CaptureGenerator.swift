import Foundation

/// Writes a synthetic but realistic capture directory in the README's layout, deterministically: the
/// same options and seed give byte-identical files on every machine.
///
/// ```
/// manifest.json
/// iis/applicationHost.config
/// registry/software.reg + registry/system.reg   (or registry/hklm.reg with --reg-layout single)
/// services.csv
/// features.csv
/// ```
struct CaptureGenerator {
    enum RegistryLayout: String {
        /// `software.reg` and `system.reg`, as the README's `reg export` commands write them.
        case split
        /// One `hklm.reg` holding both, as `reg export HKLM` writes it.
        case single
    }

    var sites = 10
    var pools = 5
    var services = 5
    /// Target size of the registry exports together, in MiB; 0 writes only the keys the other
    /// options call for.
    var registryMiB = 0
    var layout = RegistryLayout.split
    var seed: UInt64 = 1

    /// The part of the registry target given to SOFTWARE (the rest goes to SYSTEM).
    private static let softwareShare = 0.7

    func generate(into directory: URL) throws {
        var root = SplitMix64(seed: seed)
        // One independent stream per file, so changing one option leaves the other files unchanged.
        var iisRandom = root.fork()
        var registryRandom = root.fork()
        var serviceRandom = root.fork()
        var featureRandom = root.fork()
        let hostname = "BENCH-" + iisRandom.hex(6)
        let started = Date()

        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(
            """
            {
              "hostname": "\(hostname)",
              "capturedAt": "2026-01-15T09:30:00Z",
              "collectorVersion": "i2c-bench-generator 1",
              "notes": "Synthetic capture: --sites \(sites) --pools \(pools) --services \(services) --reg-mb \(registryMiB) --reg-layout \(layout.rawValue) --seed \(seed)"
            }

            """.utf8
        ).write(to: directory.appendingPathComponent("manifest.json"))

        let iisURL = directory.appendingPathComponent("iis/applicationHost.config")
        let iisFile = try OutputFile(iisURL, encoding: .utf8)
        var iis = IISConfigWriter(sites: sites, pools: pools, rng: iisRandom.fork())
        iis.write(to: iisFile)
        try iisFile.close()

        let serviceList = ServicePlan.services(count: services, rng: &serviceRandom)
        try ListFiles.writeServices(serviceList, to: directory.appendingPathComponent("services.csv"))
        try ListFiles.writeFeatures(to: directory.appendingPathComponent("features.csv"), rng: &featureRandom)

        let total = registryMiB << 20
        let softwareTarget = Int(Double(total) * Self.softwareShare)
        var registry = RegistryContent(rng: registryRandom.fork())
        let registryFolder = directory.appendingPathComponent("registry")
        var registryFiles: [(String, Int, Int)] = []
        switch layout {
        case .split:
            let software = try RegExportWriter(registryFolder.appendingPathComponent("software.reg"))
            registry.writeSoftware(to: software, targetBytes: softwareTarget, hostname: hostname)
            try software.close()
            let system = try RegExportWriter(registryFolder.appendingPathComponent("system.reg"))
            registry.writeSystem(to: system, services: serviceList, targetBytes: total - softwareTarget, hostname: hostname)
            try system.close()
            registryFiles = [
                ("registry/software.reg", software.byteCount, software.keyCount),
                ("registry/system.reg", system.byteCount, system.keyCount),
            ]
        case .single:
            let hklm = try RegExportWriter(registryFolder.appendingPathComponent("hklm.reg"))
            registry.writeSoftware(to: hklm, targetBytes: softwareTarget, hostname: hostname)
            registry.writeSystem(to: hklm, services: serviceList, targetBytes: total, hostname: hostname)
            try hklm.close()
            registryFiles = [("registry/hklm.reg", hklm.byteCount, hklm.keyCount)]
        }

        let counts = iis.counts
        print("capture: \(directory.path)")
        print(
            "  iis/applicationHost.config  \(iisFile.byteCount) bytes: \(counts.sites) sites, \(counts.applications) applications, "
                + "\(counts.virtualDirectories) virtual directories, \(counts.bindings) bindings, \(counts.pools) pools, "
                + "\(counts.locations) site/application <location> blocks")
        for (path, bytes, keys) in registryFiles {
            print("  \(path)  \(bytes) bytes (UTF-16LE): \(keys) keys")
        }
        print(
            "  registry: \(registry.counts.programs) Uninstall products, \(registry.counts.services) services")
        print("  services.csv: \(serviceList.count) services (\(services) added)")
        print("  features.csv, manifest.json (hostname \(hostname))")
        print(String(format: "  generated in %.1f s", Date().timeIntervalSince(started)))
    }
}
