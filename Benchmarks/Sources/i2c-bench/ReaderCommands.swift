import Foundation
import ManifestReaders

/// The reader-only benchmark commands. Each prints counts of what was read, so the work cannot be
/// optimised away, and the diagnostics by severity (errors are listed on standard error). Exit
/// status 1 when the input could not be read at all.
enum ReaderCommands {
    /// `read-iis FILE`: `ApplicationHostConfigReader` on one file.
    static func readIIS(_ path: String) -> Int32 {
        let url = URL(fileURLWithPath: path)
        let file = CaptureFile(path: url.lastPathComponent, url: url)
        let result = ApplicationHostConfigReader().read(file)
        report(result.diagnostics)
        guard let configuration = result.value else {
            print("read-iis: no IIS configuration read")
            return 1
        }
        let applications = configuration.sites.flatMap(\.applications)
        print(
            "sites=\(configuration.sites.count) applications=\(applications.count) "
                + "virtualDirectories=\(applications.reduce(0) { $0 + $1.virtualDirectories.count }) "
                + "bindings=\(configuration.sites.reduce(0) { $0 + $1.bindings.count }) "
                + "pools=\(configuration.applicationPools.count) locations=\(configuration.locations.count) "
                + "globalModules=\(configuration.globalModules.count) handlers=\(configuration.handlers.count) "
                + counts(result.diagnostics))
        return 0
    }

    /// `read-reg FILE [--facts]`: `RegFileReader` streaming one export; with `--facts`, every key
    /// also goes through `RegistryFactsCollector` (what the capture loader does).
    static func readReg(_ path: String, facts: Bool) -> Int32 {
        let url = URL(fileURLWithPath: path)
        let file = CaptureFile(path: url.lastPathComponent, url: url)
        var keys = 0
        var values = 0
        var continued = 0
        var collector = RegistryFactsCollector()
        let diagnostics = RegFileReader().read(file) { key in
            keys += 1
            values += key.values.count
            for value in key.values {
                if case .binary(let bytes) = value.data, bytes.count > 18 { continued += 1 }
            }
            if facts { collector.add(key, file: file) }
        }
        report(diagnostics)
        var line = "keys=\(keys) values=\(values) longBinaryValues=\(continued) "
        if facts {
            let found = collector.facts
            line +=
                "programs=\(found.programs.count) services=\(found.services.count) "
                + "dotNet=\(found.dotNetFrameworks.map(\.version).joined(separator: ",")) "
                + "host=\(found.host?.productName ?? "-") "
        }
        print(line + counts(diagnostics))
        return keys == 0 ? 1 : 0
    }

    /// `inventory CAPTURE`: `CaptureLoader.load`, everything the `inventory` command reads.
    static func inventory(_ path: String) -> Int32 {
        let inventory: Inventory
        do {
            inventory = try CaptureLoader.load(URL(fileURLWithPath: path))
        } catch {
            print("inventory: \(error)")
            return 1
        }
        report(inventory.diagnostics)
        let sites = inventory.iis?.sites ?? []
        print(
            "inputs=\(inventory.inputs.count) sites=\(sites.count) "
                + "applications=\(sites.reduce(0) { $0 + $1.applications.count }) "
                + "pools=\(inventory.iis?.applicationPools.count ?? 0) services=\(inventory.services.count) "
                + "programs=\(inventory.programs.count) features=\(inventory.features.count) "
                + "dotNet=\(inventory.dotNetFrameworks.count) host=\(inventory.host?.productName ?? "-") "
                + counts(inventory.diagnostics))
        return 0
    }

    private static func counts(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        return "errors=\(errors) warnings=\(warnings)"
    }

    /// Errors and warnings on standard error (at most 20 of them).
    private static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.filter({ $0.severity != .info }).prefix(20) {
            FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
        }
    }
}
