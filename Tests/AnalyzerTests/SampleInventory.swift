import ManifestReaders

/// A small hand-built inventory: one site with two bindings, an added service, a driver, a
/// built-in service, and values that need escaping.
enum SampleInventory {
    static let config = SourceLocation(file: "iis/applicationHost.config", line: 0)

    static func make() -> Inventory {
        func at(_ line: Int) -> SourceLocation { SourceLocation(file: "iis/applicationHost.config", line: line) }
        let site = IISSite(
            id: 2, name: "Shop <\"&'>", serverAutoStart: true,
            applications: [
                IISApplication(
                    path: "/", applicationPool: "ShopPool",
                    virtualDirectories: [
                        IISVirtualDirectory(
                            path: "/", physicalPath: "%SystemDrive%\\inetpub\\shop",
                            expandedPhysicalPath: "C:\\inetpub\\shop", pathKind: .drive, drive: "C", source: at(12))
                    ], source: at(11))
            ],
            bindings: [
                IISBinding(protocol: "http", bindingInformation: "*:80:shop", ipAddress: "*", port: 80,
                           hostHeader: "shop", source: at(14)),
                IISBinding(protocol: "https", bindingInformation: "*:443:shop", ipAddress: "*", port: 443,
                           hostHeader: "shop", sslFlags: 1, source: at(15)),
            ],
            source: at(10))
        let iis = IISConfiguration(
            source: config, sites: [site],
            applicationPools: [IISApplicationPool(name: "ShopPool", enable32BitAppOnWin64: true, source: at(5))])
        let services = [
            WindowsService(name: "OrderSvc", startMode: "Auto", account: "CONTOSO\\svc", serviceType: "Own Process",
                           isBuiltIn: false, source: SourceLocation(file: "services.csv", line: 3)),
            WindowsService(name: "usbkey", startMode: "System", serviceType: "Kernel Driver",
                           isBuiltIn: false, source: SourceLocation(file: "registry/system.reg", line: 40)),
            WindowsService(name: "W3SVC", startMode: "Auto", serviceType: "Share Process",
                           isBuiltIn: true, source: SourceLocation(file: "services.csv", line: 2)),
        ]
        return Inventory(
            captureName: "sample", host: HostInfo(computerName: "WEB01", build: 17763, source: SourceLocation(file: "registry/software.reg", line: 4)),
            services: services, iis: iis)
    }
}
