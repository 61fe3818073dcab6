import ManifestReaders

extension SiteRequirementDeriver {
    /// What the site's non-HTTP protocols need: WAS and WCF activation features per binding or
    /// enabled protocol, HTTP activation for web.configs that configure WCF.
    func protocolUsage(features: inout FeatureList) -> (wcfNonHTTP: Bool, msmq: Bool) {
        let bound = scope.site.bindings.map {
            (name: $0.protocol.lowercased(), reason: "\($0.protocol) binding \($0.bindingInformation)",
             source: $0.source)
        }
        let enabled = scope.site.applications.flatMap { application in
            application.enabledProtocols.map {
                (name: $0.lowercased(), reason: "application \(application.path) enables \($0)",
                 source: application.source)
            }
        }
        let protocols = (bound + enabled).filter { IISFeatureTable.protocolFeatures[$0.name] != nil }
        for used in protocols {
            for feature in IISFeatureTable.protocolFeatures[used.name] ?? [] {
                features.add(feature, reason: used.reason, source: used.source)
            }
        }
        for config in scope.webConfigs where config.usesWCF {
            features.add(IISFeatureTable.wcfHTTPActivationFeature,
                         reason: "web.config configures WCF (system.serviceModel)", source: config.source)
        }
        return (!protocols.isEmpty, protocols.contains { IISFeatureTable.msmqProtocols.contains($0.name) })
    }
}
