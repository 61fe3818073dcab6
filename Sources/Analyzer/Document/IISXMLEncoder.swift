import ManifestReaders

/// Renders the IIS part of the inventory (`<iis>` and `<webConfig>` elements) for
/// `InventoryXMLEncoder`.
enum IISXMLEncoder {
    static func write(_ iis: IISConfiguration, to writer: inout some XMLOutput) {
        writer.open("iis", [
            ("express", iis.isExpress.xmlValue), ("fragment", iis.isFragment.xmlValue),
        ] + source(iis.source))
        writer.list("sites", isEmpty: iis.sites.isEmpty) { w in
            for site in iis.sites { writeSite(site, to: &w) }
        }
        writer.list("applicationPools", isEmpty: iis.applicationPools.isEmpty) { w in
            for pool in iis.applicationPools { writePool(pool, to: &w) }
        }
        writeModules("globalModules", iis.globalModules, to: &writer)
        writeModules("modules", iis.modules, to: &writer)
        writer.list("isapiFilters", isEmpty: iis.isapiFilters.isEmpty) { w in
            for filter in iis.isapiFilters {
                w.empty("filter", [
                    ("name", filter.name), ("path", filter.path), ("enabled", filter.enabled.xmlValue),
                    ("enableCache", filter.enableCache.xmlValue), ("preCondition", filter.preCondition),
                ] + source(filter.source))
            }
        }
        writeHandlers("handlers", iis.handlers, to: &writer)
        writeAuthentication(iis.authentication, to: &writer)
        writeLocations(iis.locations, to: &writer)
        writer.list("listenerAdapters", isEmpty: iis.listenerAdapters.isEmpty) { w in
            for adapter in iis.listenerAdapters { w.empty("adapter", [("name", adapter)]) }
        }
        writer.close()
    }

    static func write(_ config: WebConfig, to writer: inout some XMLOutput) {
        writer.open("webConfig", [
            ("site", config.site), ("application", config.applicationPath),
            ("compilationTargetFramework", config.compilationTargetFramework),
            ("httpRuntimeTargetFramework", config.httpRuntimeTargetFramework),
            ("authenticationMode", config.authenticationMode),
            ("impersonate", config.impersonate.xmlValue), ("sessionStateMode", config.sessionStateMode),
            ("usesWCF", config.usesWCF.xmlValue),
        ] + source(config.source))
        writer.list("connectionStrings", isEmpty: config.connectionStrings.isEmpty) { w in
            for reference in config.connectionStrings {
                w.empty("connectionString", [("name", reference.name), ("providerName", reference.providerName)]
                    + source(reference.source))
            }
        }
        writeModules("modules", config.modules, to: &writer)
        writeHandlers("handlers", config.handlers, to: &writer)
        writeModules("httpModules", config.httpModules, to: &writer)
        writeHandlers("httpHandlers", config.httpHandlers, to: &writer)
        writeAuthentication(config.authentication, to: &writer)
        writeLocations(config.locations, to: &writer)
        writer.close()
    }

    /// Writes one `<pool>` (the assessment document copies it into workloads).
    static func writePool(_ pool: IISApplicationPool, to writer: inout some XMLOutput) {
        writer.empty("pool", [
            ("name", pool.name), ("managedRuntimeVersion", pool.managedRuntimeVersion),
            ("pipelineMode", pool.managedPipelineMode),
            ("enable32Bit", pool.enable32BitAppOnWin64.xmlValue),
            ("identityType", pool.identityType), ("userName", pool.userName),
            ("autoStart", pool.autoStart.xmlValue), ("startMode", pool.startMode),
        ] + source(pool.source))
    }

    /// Writes one `<site>` with its bindings and applications (the assessment document copies it
    /// into workloads).
    static func writeSite(_ site: IISSite, to writer: inout some XMLOutput) {
        writer.open("site", [
            ("id", site.id.xmlValue), ("name", site.name), ("serverAutoStart", site.serverAutoStart.xmlValue),
            ("logDirectory", site.logDirectory),
        ] + source(site.source))
        writer.list("bindings", isEmpty: site.bindings.isEmpty) { w in
            for binding in site.bindings {
                w.empty("binding", [
                    ("protocol", binding.protocol), ("bindingInformation", binding.bindingInformation),
                    ("ip", binding.ipAddress), ("port", binding.port.xmlValue), ("host", binding.hostHeader),
                    ("sslFlags", String(binding.sslFlags)), ("certificateHash", binding.certificateHash),
                    ("certificateStore", binding.certificateStoreName),
                ] + source(binding.source))
            }
        }
        writer.list("applications", isEmpty: site.applications.isEmpty) { w in
            for application in site.applications {
                w.open("application", [
                    ("path", application.path), ("pool", application.applicationPool),
                    ("enabledProtocols", application.enabledProtocols.joined(separator: ",")),
                    ("preloadEnabled", application.preloadEnabled.xmlValue),
                ] + source(application.source))
                for directory in application.virtualDirectories {
                    w.empty("virtualDirectory", [
                        ("path", directory.path), ("physicalPath", directory.physicalPath),
                        ("expandedPath", directory.expandedPhysicalPath), ("pathKind", directory.pathKind.rawValue),
                        ("drive", directory.drive), ("userName", directory.userName),
                    ] + source(directory.source))
                }
                w.close()
            }
        }
        writer.close()
    }

    private static func writeModules(_ name: String, _ modules: [IISModule], to writer: inout some XMLOutput) {
        writer.list(name, isEmpty: modules.isEmpty) { w in
            for module in modules {
                w.empty("module", [
                    ("name", module.name), ("image", module.image), ("type", module.type),
                    ("preCondition", module.preCondition), ("removed", module.removed ? "true" : nil),
                ] + source(module.source))
            }
        }
    }

    private static func writeHandlers(_ name: String, _ handlers: [IISHandler], to writer: inout some XMLOutput) {
        writer.list(name, isEmpty: handlers.isEmpty) { w in
            for handler in handlers {
                w.empty("handler", [
                    ("name", handler.name), ("path", handler.path), ("verb", handler.verb),
                    ("type", handler.type), ("modules", handler.modules),
                    ("scriptProcessor", handler.scriptProcessor), ("preCondition", handler.preCondition),
                    ("removed", handler.removed ? "true" : nil),
                ] + source(handler.source))
            }
        }
    }

    private static func writeAuthentication(_ auth: IISAuthentication, to writer: inout some XMLOutput) {
        guard !auth.isEmpty else { return }
        writer.empty("auth", [
            ("anonymous", auth.anonymous.xmlValue), ("anonymousUserName", auth.anonymousUserName),
            ("basic", auth.basic.xmlValue), ("windows", auth.windows.xmlValue),
            ("windowsProviders", auth.windowsProviders.isEmpty ? nil : auth.windowsProviders.joined(separator: ",")),
            ("digest", auth.digest.xmlValue), ("clientCertificate", auth.clientCertificate.xmlValue),
            ("iisClientCertificate", auth.iisClientCertificate.xmlValue),
        ] + (auth.source.map(source) ?? []))
    }

    private static func writeLocations(_ locations: [IISLocation], to writer: inout some XMLOutput) {
        writer.list("locations", isEmpty: locations.isEmpty) { w in
            for location in locations { writeLocation(location, to: &w) }
        }
    }

    /// Writes one `<location>` with its authentication and sections (the assessment document
    /// copies it into workloads).
    static func writeLocation(_ location: IISLocation, to writer: inout some XMLOutput) {
        writer.open("location", [
            ("path", location.path), ("overrideMode", location.overrideMode),
            ("inheritInChildApplications", location.inheritInChildApplications.xmlValue),
            ("rawTag", location.rawTag),
        ] + source(location.source))
        writeAuthentication(location.authentication, to: &writer)
        for section in location.sections { writer.empty("section", [("path", section)]) }
        writer.close()
    }

    private static func source(_ location: SourceLocation) -> [XMLWriter.Attribute] {
        InventoryXMLEncoder.source(location)
    }
}
