import Foundation

/// Builds a `WindowsFeature` from named values: CSV columns or JSON properties of `Get-WindowsFeature`
/// (Name, DisplayName, Installed, InstallState, Parent; Server Manager names) or
/// `Get-WindowsOptionalFeature` (FeatureName, DisplayName, State; DISM names).
enum FeatureFields {
    /// The names a feature's name goes by.
    static let nameKeys = ["Name", "FeatureName"]

    /// The feature the values describe, and a warning when its state is not understood (it is then
    /// taken as not installed); nil when the values have no name. `value` returns the value of the
    /// first of the names it is given that the record has, or nil.
    static func feature(
        source: SourceLocation, value: ([String]) -> String?
    ) -> (feature: WindowsFeature, warning: String?)? {
        func text(_ keys: String...) -> String? {
            guard let raw = value(keys)?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }
        let displayName = text("DisplayName")
        if let name = text("FeatureName") {
            let state = text("State").map(FeatureInstallState.dism)
            let feature = WindowsFeature(
                name: name, displayName: displayName, installed: state?.installed ?? false,
                installState: state?.state, naming: .dism, source: source)
            return (feature, state?.installed == nil ? unknownState(name, text("State")) : nil)
        }
        guard let name = text("Name") else { return nil }
        let state = text("InstallState").map(FeatureInstallState.serverManager)
        let installed = text("Installed").flatMap(ServiceValues.flag) ?? state?.installed
        let feature = WindowsFeature(
            name: name, displayName: displayName, installed: installed ?? false, installState: state?.state,
            parent: text("Parent"), naming: .serverManager, source: source)
        return (feature, installed == nil ? unknownState(name, text("InstallState")) : nil)
    }

    /// The warning for a feature whose state is missing or not understood.
    static func unknownState(_ name: String, _ state: String?) -> String {
        guard let state else { return "feature '\(name)' has no install state; taken as not installed" }
        return "feature '\(name)' has install state '\(state)', which is not a known state; taken as not installed"
    }
}
