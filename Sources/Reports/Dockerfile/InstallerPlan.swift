import Analyzer

/// What the build installs from files the user puts into the context's `installers/` folder: the
/// products behind IIS modules that Windows does not ship, and the .NET Framework 3.5 payload when
/// the image lacks it. The build downloads nothing (no `ADD <url>`) and names no download address:
/// `installers/README.txt` names each product, and a missing file fails the build at `COPY`.
struct InstallerPlan {
    /// A product installed silently from one file.
    struct Product {
        /// The product, e.g. "IIS URL Rewrite Module 2".
        var name: String
        /// The file name under `installers/`, made with `ContextName`.
        var file: String
        /// True for an executable bundle, false for an MSI.
        var isExecutable: Bool
        /// The modules it provides.
        var modules: [RequiredModule]
    }

    var products: [Product]
    /// Modules whose installer the catalog does not know: a note, not a build step.
    var unknownModules: [RequiredModule]
    /// True when .NET Framework 3.5 (DISM NetFx3) is installed from `installers/netfx3`.
    var netFx3: Bool
    /// The image's Windows version, for the README.
    var imageVersion: String

    /// The folder the installers are copied to in the image (and removed from after use).
    static let folder = #"C:\installers"#
    /// The Server Manager features .NET Framework 3.5 brings; installed with NetFx3, not by name.
    static let netFx3Features: Set<String> = ["NET-Framework-Features", "NET-Framework-Core"]

    init(requirements: WorkloadRequirements, plan: WorkloadPlan) {
        var products: [Product] = []
        var unknown: [RequiredModule] = []
        var files: Set<String> = []
        for module in requirements.modules {
            guard !module.installer.isEmpty else {
                unknown.append(module)
                continue
            }
            if let index = products.firstIndex(where: { $0.name.caseInsensitiveEquals(module.installer) }) {
                products[index].modules.append(module)
                continue
            }
            let executable = module.installer.lowercased().contains("hosting bundle")
            let file = ContextName.unique(ContextName.component(module.installer, fallback: "installer"), taken: &files)
                + (executable ? ".exe" : ".msi")
            products.append(Product(name: module.installer, file: file, isExecutable: executable, modules: [module]))
        }
        self.products = products
        unknownModules = unknown
        netFx3 = requirements.features.contains { $0.name == "NET-Framework-Core" } && !plan.tag.hasPrefix("3.5")
        imageVersion = plan.imageVersion
    }

    /// True when the build needs the `installers/` folder.
    var needsFiles: Bool { netFx3 || !products.isEmpty }

    /// The PowerShell statements that install the products, each ending with `;`.
    var productStatements: [String] {
        products.flatMap { product in
            let path = PowerShellLiteral.quote(Self.folder + "\\" + product.file)
            let start = product.isExecutable
                ? "$process = Start-Process -FilePath \(path) -ArgumentList '/install', '/quiet', '/norestart' -Wait -PassThru;"
                : "$process = Start-Process -FilePath 'msiexec.exe' -ArgumentList '/i', \(path), '/qn', '/norestart' -Wait -PassThru;"
            return [start, "if ($process.ExitCode -notin 0, 3010) { throw ('\(product.file): exit code ' + $process.ExitCode) };"]
        }
    }

    /// The statement that installs .NET Framework 3.5 from the payload in `installers/netfx3`.
    static let netFx3Statement =
        #"Enable-WindowsOptionalFeature -Online -FeatureName NetFx3 -All -Source C:\installers\netfx3 -LimitAccess | Out-Null;"#

    /// `installers/README.txt`.
    func readme() -> String {
        var lines = [
            "Installers this build needs. The capture shows what the server had installed, not where to get it,",
            "and the build downloads nothing: put each file below into this folder before running docker build.",
            "The Dockerfile copies the folder to C:\\installers, installs from it and deletes it in the same step.",
        ]
        for product in products {
            let modules = product.modules.map { module in
                SafeText.line(module.name) + (module.image.map { " (" + SafeText.line($0) + ")" } ?? "")
            }
            lines += [
                "", product.file,
                "  \(SafeText.line(product.name)) for 64-bit Windows (\(product.isExecutable ? "the installer" : "the MSI package")),",
                "  which provides the IIS module(s) \(modules.joined(separator: ", ")).",
            ]
        }
        if netFx3 {
            lines += [
                "", "netfx3/",
                "  The .NET Framework 3.5 payload for Windows Server \(SafeText.line(imageVersion)): the folder sources\\sxs of the",
                "  installation media of that version, or its microsoft-windows-netfx3-ondemand-package cab file. The",
                "  Server Core images ship without it; Enable-WindowsOptionalFeature -FeatureName NetFx3 -Source reads it.",
            ]
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
