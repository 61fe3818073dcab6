import ManifestReaders

extension SiteRequirementDeriver {
    /// Authentication methods beyond anonymous enabled for the site, each once per scope, and the
    /// features IIS needs for them:
    /// - server-level methods the site does not turn off (scope "server");
    /// - methods its `<location>`s turn on (scope: the location path);
    /// - methods its web.configs and their `<location>`s turn on (scope: "Site/app[/path]");
    /// - ASP.NET `<authentication mode="Forms">`, and `mode="Windows"` when IIS Windows
    ///   authentication is on for the site (without it ASP.NET sees only anonymous users).
    func authentication(features: inout FeatureList) -> [RequiredAuthentication] {
        var result: [RequiredAuthentication] = []
        func add(_ type: String, _ scopeName: String, _ source: SourceLocation) {
            let known = result.contains { $0.type == type && $0.scope.caseInsensitiveEquals(scopeName) }
            guard !known else { return }
            result.append(RequiredAuthentication(type: type, scope: scopeName, source: source))
        }
        let iis = scope.iis
        let siteLevel = scope.locations.filter { $0.path.caseInsensitiveEquals(scope.site.name) }
            .map(\.authentication)
            + scope.webConfigs.filter { $0.applicationPath == "/" }.map(\.authentication)
        for type in iis.authentication.enabledMethods where !siteLevel.contains(where: { $0.disables(type) }) {
            add(type, "server", iis.authentication.source ?? iis.source)
        }
        for location in scope.locations {
            for type in location.authentication.enabledMethods {
                add(type, location.path, location.authentication.source ?? location.source)
            }
        }
        for config in scope.webConfigs {
            for type in config.authentication.enabledMethods {
                add(type, scope.scope(of: config), config.authentication.source ?? config.source)
            }
            for location in config.locations {
                for type in location.authentication.enabledMethods {
                    add(type, scope.scope(of: config, location: location.path),
                        location.authentication.source ?? location.source)
                }
            }
        }
        for method in result {
            guard let module = IISFeatureTable.authenticationModules[method.type],
                let feature = IISFeatureTable.module(module)?.feature
            else { continue }
            features.add(feature, reason: "\(method.type) authentication is enabled for \(method.scope)",
                         source: method.source)
        }
        let windowsEnabled = result.contains { $0.type == "windows" }
        for config in scope.webConfigs {
            switch config.authenticationMode?.lowercased() {
            case "forms": add("forms", scope.scope(of: config), config.source)
            case "windows" where windowsEnabled: add("windows", scope.scope(of: config), config.source)
            default: break
            }
        }
        return result
    }
}
