import Foundation

/// Interprets the install states feature lists give: `Get-WindowsFeature`'s `InstallState`, and DISM's
/// feature state as `Get-WindowsOptionalFeature` (a `Microsoft.Dism.Commands.FeatureState`, a number
/// in `ConvertTo-Json`) and `dism.exe` (English or localized text) write it.
enum FeatureInstallState {
    /// The state's name and whether it means installed; `installed` is nil when `raw` is not a known
    /// `Microsoft.Windows.ServerManager.Commands.InstallState` (0 Available, 1 Installed, 2 Removed).
    static func serverManager(_ raw: String) -> (state: String, installed: Bool?) {
        let value = raw.trimmingCharacters(in: .whitespaces)
        if let number = Int(value) {
            guard let state = serverManagerStates[number] else { return (value, nil) }
            return (state, state == "Installed")
        }
        switch key(of: value) {
        case "installed", "installpending": return (value, true)
        case "available", "removed", "uninstallpending": return (value, false)
        default: return (value, nil)
        }
    }

    /// The state's name and whether it means installed (enabled, or enabled once a pending restart
    /// happens); `installed` is nil when `raw` is not a state DISM writes. Numbers are
    /// `Microsoft.Dism.Commands.FeatureState` values: 0 Disabled, 1 DisablePending, 2 Enabled,
    /// 3 EnablePending, 4 Superseded, 5 PartiallyInstalled, 6 DisabledWithPayloadRemoved.
    static func dism(_ raw: String) -> (state: String, installed: Bool?) {
        let value = raw.trimmingCharacters(in: .whitespaces)
        if let number = Int(value) {
            guard number >= 0, number < dismStates.count else { return (value, nil) }
            let state = dismStates[number]
            return (state, ["Enabled", "EnablePending", "PartiallyInstalled"].contains(state))
        }
        let text = key(of: value)
        if disabledPrefixes.contains(where: text.hasPrefix) || text == "superseded" { return (value, false) }
        if enabledPrefixes.contains(where: text.hasPrefix) || text == "partiallyinstalled" { return (value, true) }
        return (value, nil)
    }

    /// `Microsoft.Windows.ServerManager.Commands.InstallState` names by value.
    private static let serverManagerStates = [0: "Available", 1: "Installed", 2: "Removed"]

    /// `Microsoft.Dism.Commands.FeatureState` names, indexed by value.
    private static let dismStates = [
        "Disabled", "DisablePending", "Enabled", "EnablePending", "Superseded", "PartiallyInstalled",
        "DisabledWithPayloadRemoved",
    ]

    /// How DISM's "Disabled…" states start (English, also "Disable Pending" and "Disabled with Payload
    /// Removed"; Russian, German, French, Spanish, Italian, Portuguese, Polish, Dutch, Japanese, Chinese,
    /// Korean). Checked before `enabledPrefixes`, which some of these contain.
    private static let disabledPrefixes = [
        "disable", "отключ", "deaktiv", "désactiv", "deshabilit", "disabilit", "desabilit", "desativ",
        "wyłącz", "uitgeschakeld", "無効", "已禁用", "已停用", "사용안함",
    ]

    /// How DISM's "Enabled…" states start (the same languages; also "Enable Pending").
    private static let enabledPrefixes = [
        "enable", "включ", "aktiv", "activ", "habilit", "abilit", "ativ", "włącz", "ingeschakeld", "有効",
        "已启用", "已啟用", "사용",
    ]

    /// Lower-cased, without spaces and underscores: "Disable Pending" → "disablepending".
    private static func key(of text: String) -> String {
        text.lowercased().filter { $0 != " " && $0 != "_" }
    }
}
