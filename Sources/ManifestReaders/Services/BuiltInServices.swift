import Foundation

/// Which services ship with Windows, so a service list can be split into the operating system's own
/// services and the software someone added (the workloads to migrate).
///
/// The names are a curated list of the services and drivers of default Windows Server 2008 R2, 2012 R2,
/// 2016, 2019, 2022 and 2025 installations (with their roles and features: IIS, MSMQ, AD DS, DNS, DHCP,
/// Remote Desktop Services, Hyper-V, WSUS, File and Storage Services, …) and of Windows 7, 10 and 11.
/// They come from the default-install service lists in the project corpus (a Windows 7 SP1 `SYSTEM`
/// hive, Windows 10/11 `Get-Service` exports), Microsoft's "Guidance on disabling system services on
/// Windows Server 2016 with Desktop Experience" (the "System services on Windows Server" page) and the
/// services the Windows Server roles install. IIS (`W3SVC`, `WAS`, `IISADMIN`), MSMQ and MSDTC count as
/// built-in: they are Windows components, and those workloads are detected from the installed features,
/// not as added services.
public enum BuiltInServices {
    /// True when `name` is a service that ships with Windows. Per-user service instances
    /// (`AarSvc_3f2b1`, `CDPUserSvc_13a184`) match their template's name. A service hosted by
    /// `svchost.exe` from `%SystemRoot%\System32` counts as built-in whatever its name: only Windows
    /// components use the shared service host.
    public static func isBuiltIn(name: String, binaryPath: String?) -> Bool {
        if isKnown(name) { return true }
        guard let binaryPath else { return false }
        return isWindowsServiceHost(binaryPath)
    }

    /// True when `name`, or its per-user template's name, is in the list.
    static func isKnown(_ name: String) -> Bool {
        let lowered = name.lowercased()
        if names.contains(lowered) { return true }
        guard let template = perUserTemplate(of: lowered) else { return false }
        return names.contains(template)
    }

    /// The template name of a per-user service instance (`cdpusersvc_13a184` → `cdpusersvc`): the name
    /// without its final `_` and 3 to 10 hexadecimal digits; nil when the name has no such suffix.
    static func perUserTemplate(of name: String) -> String? {
        guard let underscore = name.lastIndex(of: "_") else { return nil }
        let suffix = name[name.index(after: underscore)...]
        guard (3...10).contains(suffix.count), suffix.allSatisfy(\.isHexDigit) else { return nil }
        return String(name[..<underscore])
    }

    /// True for a command line whose program is `svchost.exe` in the Windows `System32` folder
    /// (`%SystemRoot%\system32\svchost.exe -k netsvcs`, `C:\Windows\System32\svchost.exe -k …`).
    static func isWindowsServiceHost(_ commandLine: String) -> Bool {
        var path = commandLine.trimmingCharacters(in: .whitespaces).lowercased()
        if path.hasPrefix("\"") { path.removeFirst() }
        for root in ["%systemroot%\\", "%windir%\\", "\\systemroot\\"] where path.hasPrefix(root) {
            return path.dropFirst(root.count).hasPrefix("system32\\svchost.exe")
        }
        let drive = path.prefix(3)
        guard drive.count == 3, drive.first?.isLetter == true, drive.hasSuffix(":\\") else { return false }
        return path.dropFirst(3).hasPrefix("windows\\system32\\svchost.exe")
    }

    /// Lower-cased names of the built-in Win32 services and kernel/file-system drivers.
    static let names: Set<String> = services.union(drivers)

    /// Win32 services (own- and share-process, including per-user service templates).
    private static let services: Set<String> = [
        "aarsvc", "adfssrv", "adws", "aelookupsvc", "ajrouter", "alg", "apphostsvc", "appidsvc", "appinfo",
        "appmgmt", "appreadiness", "appvclient", "appxsvc", "aspnet_state", "assignedaccessmanagersvc",
        "audioendpointbuilder", "audiosrv", "autotimesvc", "axinstsv", "bcastdvruserservice", "bdesvc", "bfe",
        "bits", "bluetoothuserservice", "brokerinfrastructure", "browser", "btagservice", "bthavctpsvc",
        "bthhfsrv", "bthserv", "camsvc", "captureservice", "cbdhsvc", "cdpsvc", "cdpusersvc", "certpropsvc",
        "certsvc", "clipsvc", "cloudbackuprestoresvc", "cloudidsvc", "clr_optimization_v2.0.50727_32",
        "clr_optimization_v2.0.50727_64", "clr_optimization_v4.0.30319_32", "clr_optimization_v4.0.30319_64",
        "clussvc", "comsysapp", "consentuxusersvc", "coremessagingregistrar",
        "credentialenrollmentmanagerusersvc", "cryptsvc", "cscservice", "dcomlaunch", "dcpsvc", "dcsvc",
        "ddpsvc", "ddpvssvc", "defragsvc", "deviceassociationbrokersvc", "deviceassociationservice",
        "deviceinstall", "devicepickerusersvc", "devicesflowusersvc", "devquerybroker", "dfs", "dfsr", "dhcp",
        "dhcpserver", "diagnosticshub.standardcollector.service", "diagsvc", "diagtrack",
        "dialogblockingservice", "dispbrokerdesktopsvc", "displayenhancementservice", "dmenrollmentsvc",
        "dmwappushservice", "dns", "dnscache", "dosvc", "dot3svc", "dps", "drs", "dsmsvc", "dsrolesvc",
        "dssvc", "dusmsvc", "eaphost", "edgeupdate", "edgeupdatem", "efs", "ehrecvr", "ehsched",
        "embeddedmode", "entappsvc", "eventlog", "eventsystem", "fax", "fdphost", "fdrespub", "fhsvc",
        "fontcache", "fontcache3.0.0.0", "frameserver", "frameservermonitor", "fssagent", "ftpsvc", "gpsvc",
        "graphicsperfsvc", "hgclientservice", "hgsvc", "hidserv", "hkmsvc", "hns", "homegrouplistener",
        "homegroupprovider", "hvhost", "ias", "icssvc", "idsvc", "iisadmin", "ikeext", "installservice",
        "inventorysvc", "ipbusenum", "iphlpsvc", "ipxlatcfgsvc", "irmon", "ismserv", "kdc", "keyiso",
        "kpssvc", "ktmrm", "lanmanserver", "lanmanworkstation", "lfsvc", "licensemanager", "lltdsvc",
        "lmhosts", "localkdc", "lpdsvc", "lsm", "lxpsvc", "mapsbroker", "mcpmanagementservice", "mcx2svc",
        "mdcoresvc", "messagingservice", "microsoftedgeelevationservice", "mixedrealityopenxrsvc", "mmcss",
        "mpssvc", "msdtc", "msftpsvc", "msiscsi", "msiserver", "mskeyboardfilter", "mqac", "msmq", "msmqtriggers",
        "mssql$microsoft##wid", "napagent", "naturalauthentication", "ncasvc", "ncbservice", "ncdautosetup",
        "netlogon", "netman", "netmsmqactivator", "netpipeactivator", "netprofm", "netsetupsvc",
        "nettcpactivator", "nettcpportsharing", "nfsclnt", "nfsservice", "nfssvc", "ngcctnrsvc", "ngcsvc",
        "nlasvc", "nntpsvc", "npsmsvc", "nsi", "ntds", "ntfrs", "nvagent", "nvspwmi", "onesyncsvc",
        "p2pimsvc", "p2psvc", "p9rdrservice", "pcasvc", "peerdistsvc", "penservice", "perceptionsimulation",
        "perfhost", "phonesvc", "pimindexmaintenancesvc", "pla", "plugplay", "pnrpautoreg", "pnrpsvc",
        "policyagent", "power", "printdeviceconfigurationservice", "printnotify", "printscanbrokerservice",
        "printworkflowusersvc", "profsvc", "protectedstorage", "pushtoinstall", "qwave", "rasagilevpn",
        "rasauto", "rasman", "rdms", "rdsessmgr", "refsdedupsvc", "remoteaccess", "remoteregistry",
        "retaildemo", "rmsvc", "rpceptmapper", "rpclocator", "rpcss", "rsopprov", "sacsvr", "samss",
        "scardsvr", "scdeviceenum", "schedule", "scpolicysvc", "sdrsvc", "seclogon", "securityhealthservice",
        "semgrsvc", "sens", "sense", "sensordataservice", "sensorservice", "sensrsvc", "sessionenv",
        "sgrmbroker", "sharedaccess", "sharedrealitysvc", "shellhwdetection", "shpamsvc", "simptcp", "slsvc",
        "smphost", "smsrouter", "smtpsvc", "snmp", "snmptrap", "spectrum", "spooler", "sppsvc", "sppuinotify",
        "srmreports", "srmsvc", "ssdpsrv", "ssh-agent", "sshd", "sstpsvc", "staterepository", "stisvc",
        "storsvc", "svsvc", "swprv", "sysmain", "systemeventsbroker", "tabletinputservice", "tapisrv", "tbs",
        "termservice", "termservlicensing", "textinputmanagementservice", "themes", "threadorder",
        "tieringengineservice", "tiledatamodelsvc", "timebrokersvc", "tlntsvr", "tokenbroker",
        "tpautoconnsvc", "tpvcgateway", "trkwks", "troubleshootingsvc", "trustedinstaller", "tscpubrpc",
        "tsgateway", "tssdis", "tzautoupdate", "ualsvc", "udkusersvc", "uevagentservice", "uhssvc",
        "ui0detect", "umrdpservice", "unistoresvc", "upnphost", "userdatasvc", "usermanager", "usosvc",
        "uxsms", "vacsvc", "vaultsvc", "vds", "vhdsvc", "vmcompute", "vmicguestinterface", "vmicheartbeat",
        "vmickvpexchange", "vmicrdv", "vmicshutdown", "vmictimesync", "vmicvmsession", "vmicvss", "vmms",
        "vss", "w32time", "w3logsvc", "w3svc", "waasmedicsvc", "walletservice", "warpjitsvc", "was",
        "watadminsvc", "wbengine", "wbiosrvc", "wcmsvc", "wcncsvc", "wcspluginservice", "wdboot", "wdfilter",
        "wdiservicehost", "wdisystemhost", "wdnissvc", "wdsserver", "webclient", "webthreatdefsvc",
        "webthreatdefusersvc", "wecsvc", "wephostsvc", "wercplsupport", "wersvc", "wfdsconmgrsvc", "whesvc",
        "wiarpc", "widwriter", "windefend", "winhttpautoproxysvc", "winmgmt", "winnat", "winrm", "wins",
        "wintarget", "wisvc", "wlansvc", "wlidsvc", "wlpasvc", "wmansvc", "wmiapsrv", "wmpnetworksvc",
        "wmsvc", "workfolderssvc", "wpcmonsvc", "wpcsvc", "wpdbusenum", "wpnservice", "wpnuserservice",
        "wsaifabricsvc", "wscsvc", "wsearch", "wsservice", "wsusservice", "wuauserv", "wudfsvc", "wuqisvc",
        "wwansvc", "xblauthmanager", "xblgamesave", "xboxgipsvc", "xboxnetapisvc", "zthelper",
    ]

    /// Kernel and file-system drivers (registry exports and hives list them beside the services).
    private static let drivers: Set<String> = [
        "1394ohci", "3ware", "acpi", "acpidev", "acpiex", "acpipagr", "acpipmi", "acpitime", "adp80xx",
        "adp94xx", "adpahci", "adpu320", "afd", "afunix", "agp440", "ahcache", "aic78xx", "aliide", "amdagp",
        "amdide", "amdk8", "amdppm", "amdsata", "amdsbs", "amdxata", "appid", "appvstrm", "appvvemgr",
        "appvvfs", "arcsas", "asyncmac", "atapi", "b06bdrv", "b57nd60x", "bam", "basicdisplay", "basicrender",
        "beep", "bindflt", "blbdrive", "bowser", "brfiltlo", "brfiltup", "brserid", "brserwdm", "brusbmdm",
        "brusbser", "bthenum", "bthmodem", "bthpan", "bthport", "bthusb", "buttonconverter", "cad", "cdfs",
        "cdrom", "cht4iscsi", "cht4vbd", "cimfs", "circlass", "cldflt", "clfs", "cmbatt", "cmdide", "cng",
        "compbatt", "compositebus", "condrv", "crcdisk", "csc", "dam", "dfsc", "discache", "disk", "dmvsc",
        "drmkaud", "dxgkrnl", "e1g60", "e1i63x64", "e1iexpress", "ebdrv", "ehstorclass", "ehstortcgdrv",
        "errdev", "exfat", "fastfat", "fdc", "filecrypt", "fileinfo", "flpydisk", "fltmgr", "fs_rec",
        "fsdepends", "fvevol", "gencounter", "genericusbfn", "gpioclx0101", "hdaudbus", "hidbatt", "hidbth",
        "hidi2c", "hidinterrupt", "hidir", "hidusb", "hpsamd", "http", "hvcrash", "hvservice", "hvsics",
        "hvsocketcontrol", "hwpolicy", "hyperkbd", "hypervideo", "i8042prt", "iagpio", "iai2c",
        "ialpss2i_gpio2", "ialpssi_gpio", "iastoravc", "iastorv", "ibbus", "indirectkmd", "intelide",
        "intelpep", "intelppm", "iorate", "ipfilterdriver", "ipmidrv", "ipnat", "ipt", "isapnp", "iscsiprt",
        "kbdclass", "kbdhid", "kdnic", "ksecdd", "ksecpkg", "ksthunk", "lltdio", "lsi_sas", "lsi_sas2",
        "lsi_sas2i", "lsi_sas3i", "lsi_sss", "luafv", "mausbhost", "mausbip", "mbbcx", "megasas", "megasas2i",
        "megasas35i", "megasr", "modem", "monitor", "mouclass", "mouhid", "mountmgr", "mpi3drvi", "mpio",
        "mpsdrv", "mrxdav", "mrxsmb", "mrxsmb10", "mrxsmb20", "msbridge", "msdmfilt", "msfs", "msgpiowin32",
        "mshidkmdf", "mshidumdf", "msisadrv", "mskssrv", "mslldp", "mspclock", "mspqm", "msquic", "msrpc",
        "mssecflt", "mssmbios", "mstee", "mtconfig", "mup", "mvumis", "nativewifip", "ndfltr", "ndis",
        "ndiscap", "ndisimplatform", "ndistapi", "ndisuio", "ndisvirtualbus", "ndiswan", "ndiswanlegacy",
        "ndkping", "ndproxy", "ndu", "netadaptercx", "netbios", "netbt", "netvsc", "npfs", "npsvctrig",
        "nsiproxy", "ntfs", "null", "nvdimm", "nvraid", "nvstor", "parport", "partmgr", "parvdm",
        "passthruparser", "pci", "pciide", "pcmcia", "pcw", "pdc", "peauth", "percsas2i", "percsas3i",
        "pktmon", "pmem", "pnpmem", "portcfg", "pptpminiport", "processor", "provlaunch", "psched",
        "qwavedrv", "ramdisk", "rasacd", "rasl2tp", "raspppoe", "rassstp", "rdbss", "rdpbus", "rdpcdd",
        "rdpdr", "rdpencdd", "rdprefmp", "rdpvideominiport", "rdpwd", "rdyboost", "refs", "refsv1", "rfcomm",
        "rspndr", "s3cap", "sbp2port", "scfilter", "scmbus", "sdbus", "sdfrd", "sdstor", "secdrv", "serenum",
        "serial", "sermouse", "sfloppy", "sgrmagent", "sisraid2", "sisraid4", "smartsamd", "smb", "smbdirect",
        "spaceparser", "spaceport", "spatialgraphfilter", "spbcx", "spldr", "srv", "srv2", "srvnet",
        "stexstor", "storahci", "storflt", "stornvme", "storqosflt", "storufs", "storvsc", "storvsp",
        "swenum", "synth3dvsc", "tcpip", "tcpip6", "tcpip6tunnel", "tcpipreg", "tcpiptunnel", "tdpipe", "tdx",
        "termdd", "terminpt", "tpm", "tssecsrv", "tsusbflt", "tsusbgd", "tsusbhub", "tunnel", "uagp35",
        "uaspstor", "ucmcx0101", "ucmtcpcicx0101", "ucmucsiacpiclient", "ucmucsicx0101", "ucx01000", "udecx",
        "udfs", "uefi", "uevagentdriver", "ufx01000", "ufxchipidea", "ufxsynopsys", "uliagpkx", "umbus",
        "umpass", "urschipidea", "urscx01000", "urssynopsys", "usbaudio", "usbaudio2", "usbccgp", "usbcir",
        "usbehci", "usbhub", "usbhub3", "usbohci", "usbprint", "usbser", "usbstor", "usbuhci", "usbxhci",
        "vdrvroot", "verifierext", "vga", "vgasave", "vgpu", "vhdmp", "vhdparser", "vhf", "viaagp", "viac7",
        "viaide", "vid", "vkrnlintvsc", "vkrnlintvsp", "vmbus", "vmbushid", "vmgid", "vmsmp", "vmsnpxy",
        "vmsnpxymp", "vmsp", "vmswitch", "vmwp", "volmgr", "volmgrx", "volsnap", "volume", "vpci", "vsmraid",
        "vstxraid", "vwifibus", "vwififlt", "vwifimp", "wacompen", "wanarp", "wanarpv6", "wcifs", "wcnfs",
        "wd", "wdf01000", "wdiwifi", "wdmcompanionfilter", "wdnisdrv", "wfplwf", "wfplwfs", "wimmount",
        "windowstrustedrt", "windowstrustedrtproxy", "winmad", "winsock", "winusb", "winverbs", "wmiacpi",
        "wof", "wpdupfltr", "ws2ifsl", "wtd", "wudfpf", "wudfrd", "wudfwpdfs", "xboxgip", "xinputhid",
    ]
}
