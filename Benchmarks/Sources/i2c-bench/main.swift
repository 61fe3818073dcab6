import Foundation

// i2c-bench: the workload generator and the reader-only benchmark commands that scripts/bench runs.

let usage = """
    usage:
      i2c-bench generate [--sites N] [--pools M] [--services K] [--reg-mb S] [--reg-layout split|single]
                         [--seed X] [--force] OUTDIR
          Writes a deterministic synthetic capture (manifest.json, iis/applicationHost.config,
          registry/*.reg in UTF-16LE, services.csv, features.csv) into OUTDIR. --reg-mb is the target
          size of the registry exports together in MiB (0: only the keys the other options need).
          Defaults: 10 sites, 5 pools, 5 services, 0 MiB, split, seed 1. OUTDIR must be empty or
          missing unless --force.
      i2c-bench read-iis FILE          ApplicationHostConfigReader on FILE; prints counts
      i2c-bench read-reg FILE [--facts]
                                       RegFileReader streaming FILE; --facts also runs RegistryFactsCollector
      i2c-bench inventory CAPTURE      CaptureLoader.load on a capture directory or .zip; prints counts
      i2c-bench xml-floor FILE         a bare xmlTextReader loop making Strings of names and attributes
                                       (what any Swift reader on libxml2 must at least do)

    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("i2c-bench: \(message)\n\n\(usage)".utf8))
    exit(2)
}

func runGenerate(_ arguments: ArraySlice<String>) -> Int32 {
    var generator = CaptureGenerator()
    var output: String?
    var force = false
    var rest = arguments
    func number(_ option: String) -> Int {
        guard let text = rest.popFirst(), let value = Int(text), value >= 0 else {
            fail("\(option) needs a number ≥ 0")
        }
        return value
    }
    while let argument = rest.popFirst() {
        switch argument {
        case "--sites": generator.sites = number(argument)
        case "--pools": generator.pools = number(argument)
        case "--services": generator.services = number(argument)
        case "--reg-mb": generator.registryMiB = number(argument)
        case "--seed": generator.seed = UInt64(number(argument))
        case "--force": force = true
        case "--reg-layout":
            guard let text = rest.popFirst(), let layout = CaptureGenerator.RegistryLayout(rawValue: text) else {
                fail("--reg-layout is split or single")
            }
            generator.layout = layout
        default:
            guard !argument.hasPrefix("--"), output == nil else { fail("unexpected argument \(argument)") }
            output = argument
        }
    }
    guard let output else { fail("generate needs an output directory") }
    let directory = URL(fileURLWithPath: output)
    let existing = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    if !existing.isEmpty {
        guard force else { fail("\(output) is not empty (use --force to replace it)") }
        do {
            try FileManager.default.removeItem(at: directory)
        } catch {
            fail("cannot empty \(output): \(error)")
        }
    }
    do {
        try generator.generate(into: directory)
    } catch {
        FileHandle.standardError.write(Data("i2c-bench: \(error)\n".utf8))
        return 1
    }
    return 0
}

let arguments = CommandLine.arguments.dropFirst()
let status: Int32
switch arguments.first {
case "generate"?:
    status = runGenerate(arguments.dropFirst())
case "read-iis"?:
    guard arguments.count == 2, let path = arguments.last else { fail("read-iis needs one FILE") }
    status = ReaderCommands.readIIS(path)
case "read-reg"?:
    let rest = Array(arguments.dropFirst())
    let facts = rest.contains("--facts")
    let paths = rest.filter { $0 != "--facts" }
    guard paths.count == 1 else { fail("read-reg needs one FILE") }
    status = ReaderCommands.readReg(paths[0], facts: facts)
case "inventory"?:
    guard arguments.count == 2, let path = arguments.last else { fail("inventory needs one CAPTURE") }
    status = ReaderCommands.inventory(path)
case "xml-floor"?:
    guard arguments.count == 2, let path = arguments.last else { fail("xml-floor needs one FILE") }
    status = XMLFloor.run(path)
case "-h"?, "--help"?, "help"?:
    print(usage, terminator: "")
    status = 0
default:
    fail("unknown command \(arguments.first ?? "(none)")")
}
exit(status)
