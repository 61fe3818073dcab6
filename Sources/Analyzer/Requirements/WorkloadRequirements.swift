import ManifestReaders

/// What one workload needs in a container, derived from the inventory. Every item says where in the
/// capture it comes from.
public struct WorkloadRequirements: Sendable, Hashable, Codable {
    /// What the workload's code runs on: "netfx" (.NET Framework), "aspnetcore", "php", "node",
    /// "python", "java", "static" (files only), "native" (other executables).
    public var runtime: String
    /// What the base image must provide; the planner reads only this.
    public var image: ImageNeeds
    /// Classic ASP pages (the `Web-ASP` feature).
    public var classicASP: Bool
    /// MSMQ queues are used (the MSMQ feature or service, net.msmq bindings).
    public var msmq: Bool
    /// The Distributed Transaction Coordinator is used.
    public var msdtc: Bool
    /// COM+ applications are used.
    public var comPlus: Bool
    /// Windows features the container must install, parents first.
    public var features: [RequiredFeature]
    /// Native IIS modules that are not part of Windows and need their own installer.
    public var modules: [RequiredModule]
    /// Ports the workload listens on, one per binding.
    public var ports: [RequiredPort]
    /// The accounts its pools or service run as.
    public var identities: [RequiredIdentity]
    /// Authentication methods enabled for it (beyond anonymous).
    public var authentication: [RequiredAuthentication]
    /// Content and binary locations outside the image's C: drive or on shares.
    public var paths: [RequiredPath]

    public init(runtime: String, image: ImageNeeds, classicASP: Bool = false, msmq: Bool = false,
                msdtc: Bool = false, comPlus: Bool = false, features: [RequiredFeature] = [],
                modules: [RequiredModule] = [], ports: [RequiredPort] = [], identities: [RequiredIdentity] = [],
                authentication: [RequiredAuthentication] = [], paths: [RequiredPath] = []) {
        self.runtime = runtime
        self.image = image
        self.classicASP = classicASP
        self.msmq = msmq
        self.msdtc = msdtc
        self.comPlus = comPlus
        self.features = features
        self.modules = modules
        self.ports = ports
        self.identities = identities
        self.authentication = authentication
        self.paths = paths
    }
}

/// A Windows feature (Server Manager name) the workload needs, and why.
public struct RequiredFeature: Sendable, Hashable, Codable {
    public var name: String
    public var reason: String
    public var source: SourceLocation

    public init(name: String, reason: String, source: SourceLocation) {
        self.name = name
        self.reason = reason
        self.source = source
    }
}

/// A native IIS module that needs a separate installer (URL Rewrite, ARR, ASP.NET Core Module, …).
public struct RequiredModule: Sendable, Hashable, Codable {
    public var name: String
    public var image: String?
    /// The product that installs it, e.g. "IIS URL Rewrite Module 2".
    public var installer: String
    public var source: SourceLocation

    public init(name: String, image: String?, installer: String, source: SourceLocation) {
        self.name = name
        self.image = image
        self.installer = installer
        self.source = source
    }
}

/// A port the workload listens on.
public struct RequiredPort: Sendable, Hashable, Codable {
    public var `protocol`: String
    public var port: Int?
    public var ipAddress: String?
    public var hostHeader: String?
    public var source: SourceLocation
    /// How many other workloads of the assessment listen on the same port number with the same
    /// protocol family (http and https are one); nil for a port without a number and before
    /// `AssessmentBuilder` counted them.
    public var sharedWith: Int?

    public init(protocol: String, port: Int?, ipAddress: String?, hostHeader: String?, source: SourceLocation,
                sharedWith: Int? = nil) {
        self.protocol = `protocol`
        self.port = port
        self.ipAddress = ipAddress
        self.hostHeader = hostHeader
        self.source = source
        self.sharedWith = sharedWith
    }
}

/// An account an app pool or service runs as.
public struct RequiredIdentity: Sendable, Hashable, Codable {
    /// "appPool" or "service".
    public var kind: String
    /// The pool or service name.
    public var name: String
    /// The identity type: an IIS `identityType`, or for services "LocalSystem", "NetworkService",
    /// "LocalService", "VirtualAccount", "ManagedServiceAccount", "DomainAccount", "LocalAccount".
    public var type: String
    /// The account name, when there is one.
    public var account: String?
    /// True for a domain account (needs a gMSA in a container).
    public var domain: Bool
    public var source: SourceLocation

    public init(kind: String, name: String, type: String, account: String?, domain: Bool, source: SourceLocation) {
        self.kind = kind
        self.name = name
        self.type = type
        self.account = account
        self.domain = domain
        self.source = source
    }
}

/// An authentication method enabled for a site, application or folder.
public struct RequiredAuthentication: Sendable, Hashable, Codable {
    /// "windows", "basic", "digest", "clientCertificate", "iisClientCertificate", "forms".
    public var type: String
    /// Where it applies: a `<location>` path, "server", or the web.config's site/application.
    public var scope: String
    public var source: SourceLocation

    public init(type: String, scope: String, source: SourceLocation) {
        self.type = type
        self.scope = scope
        self.source = source
    }
}

/// A place the workload's content or binaries live that a container must map.
public struct RequiredPath: Sendable, Hashable, Codable {
    /// "drive" (a local drive other than C:, or C: outside the usual folders), "unc", "unresolved".
    public var kind: String
    /// The path as expanded.
    public var path: String
    /// Drive letter for "drive" paths.
    public var drive: String?
    /// The application path and virtual directory path it serves, for IIS content.
    public var application: String?
    public var virtualPath: String?
    public var source: SourceLocation

    public init(kind: String, path: String, drive: String?, application: String?, virtualPath: String?,
                source: SourceLocation) {
        self.kind = kind
        self.path = path
        self.drive = drive
        self.application = application
        self.virtualPath = virtualPath
        self.source = source
    }
}
