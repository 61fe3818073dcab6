import Analyzer
import ManifestReaders

/// A Windows service of the workload as the build context registers it: its account, the command
/// line that finds its program where the image has it, and its startup type.
struct PlannedService {
    var service: WindowsService
    var identity: ContainerIdentity
    /// The command line in the container; nil when the capture has none.
    var commandLine: String?
    /// `New-Service -StartupType`: "Automatic", "Manual" or "Disabled".
    var startupType: String
    /// Sentences for comments: what changed and what to check.
    var notes: [String]

    /// `services` as the context registers them, their program folders added to `layout`.
    static func plan(_ services: [WindowsService], requirements: WorkloadRequirements,
                     layout: inout ContentLayout) -> [PlannedService] {
        services.map { service in
            var notes: [String] = []
            var commandLine = service.binaryPath
            if let binaryPath = service.binaryPath {
                if let programFolder = ServiceProgram(commandLine: binaryPath).folder {
                    let placed = layout.addServiceFolder(programFolder)
                    if !placed.keepsServerPath {
                        commandLine = ServiceProgram.relocate(binaryPath, from: programFolder, to: placed.containerPath)
                        notes.append("Its program was in \(programFolder); the image has it in \(placed.containerPath), "
                            + "and the command line points there.")
                    }
                } else {
                    notes.append("NOTE: its command line names no folder; install the program in the image.")
                }
            } else {
                notes.append("NOTE: the capture has no command line for it; it cannot be registered until one is added here.")
            }
            if service.serviceType?.hasSuffix("(Interactive)") == true {
                notes.append("NOTE: it was allowed to interact with the desktop, which a container does not have.")
            }
            let startup = startupType(of: service)
            if let note = startup.note { notes.append(note) }
            return PlannedService(service: service, identity: ContainerIdentity.service(service, requirements: requirements),
                                  commandLine: commandLine, startupType: startup.type, notes: notes)
        }
    }

    private static func startupType(of service: WindowsService) -> (type: String, note: String?) {
        switch service.startMode {
        case "Auto":
            return ("Automatic", service.delayedAutoStart == true
                ? "It started automatically with a delay on the server; containers start it at once." : nil)
        case "Manual": return ("Manual", nil)
        case "Disabled": return ("Disabled", "NOTE: it was disabled on the server, so the container cannot run it as it is.")
        case let mode?: return ("Automatic", "Its start mode was \(mode); it starts automatically here.")
        case nil: return ("Automatic", "The capture does not give its start mode; it starts automatically here.")
        }
    }
}
