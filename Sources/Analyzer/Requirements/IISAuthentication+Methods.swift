import ManifestReaders

extension IISAuthentication {
    /// What this level sets for each method that needs more than anonymous access, keyed by
    /// `RequiredAuthentication.type`, in a fixed order; nil when the level leaves it to its parent.
    var methodSettings: [(type: String, enabled: Bool?)] {
        [("windows", windows), ("basic", basic), ("digest", digest), ("clientCertificate", clientCertificate),
         ("iisClientCertificate", iisClientCertificate)]
    }

    /// The methods this level turns on.
    var enabledMethods: [String] {
        methodSettings.filter { $0.enabled == true }.map(\.type)
    }

    /// True when this level turns `type` off.
    func disables(_ type: String) -> Bool {
        methodSettings.contains { $0.type == type && $0.enabled == false }
    }
}
