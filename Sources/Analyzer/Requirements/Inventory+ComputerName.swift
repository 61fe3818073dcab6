import ManifestReaders

extension Inventory {
    /// The captured server's computer name (registry, else manifest), which tells local accounts
    /// from domain accounts.
    var computerName: String? {
        host?.computerName ?? manifest?.hostname
    }
}
