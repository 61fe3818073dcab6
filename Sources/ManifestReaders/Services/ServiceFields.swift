import Foundation

/// Builds a `WindowsService` from named values: CSV columns, JSON properties or `sc.exe` fields. Each
/// fact is looked up under the names `Get-CimInstance Win32_Service`, `Get-Service` (Windows PowerShell
/// 5 and PowerShell 7) and `sc.exe queryex` / `sc.exe qc` give it, case-insensitively.
enum ServiceFields {
    /// The names a service's key name goes by.
    static let nameKeys = ["Name", "ServiceName", "SERVICE_NAME"]

    /// The service named `name` with the facts `value` gives; `value` returns the value of the first of
    /// the names it is given that the record has, or nil.
    static func service(
        named name: String, source: SourceLocation, value: ([String]) -> String?
    ) -> WindowsService {
        func text(_ keys: String...) -> String? {
            guard let raw = value(keys)?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else {
                return nil
            }
            return raw
        }
        let start = text("StartMode", "StartupType", "StartType", "START_TYPE").map(ServiceValues.startMode)
        let binaryPath = text("PathName", "BinaryPathName", "BINARY_PATH_NAME")
        // Win32_Service has both State (the run state) and Status (health: "OK"); Get-Service has Status only.
        let state = text("State").map { ServiceValues.state($0) ?? $0 } ?? text("Status").flatMap(ServiceValues.state)
        return WindowsService(
            name: name, displayName: text("DisplayName", "DISPLAY_NAME"), state: state,
            startMode: start?.mode,
            delayedAutoStart: text("DelayedAutoStart").flatMap(ServiceValues.flag) ?? start?.delayed,
            account: text("StartName", "UserName", "SERVICE_START_NAME"), binaryPath: binaryPath,
            serviceType: text("ServiceType", "TYPE").map(ServiceValues.serviceType),
            description: text("Description", "DESCRIPTION"),
            isBuiltIn: BuiltInServices.isBuiltIn(name: name, binaryPath: binaryPath), source: source)
    }

    /// The name to give a service a list knows only by its display name (`net start`, a CSV without a
    /// `Name` column): the built-in service's name when Windows uses that display name, else the display
    /// name itself.
    static func name(forDisplayName displayName: String) -> String {
        BuiltInServices.serviceName(forDisplayName: displayName) ?? displayName
    }
}
