@testable import Analyzer
import Testing

@Suite struct PlannerTests {
    static let asOf = "2026-11-23"

    /// Representative workloads.
    enum Workload: String, CaseIterable, Sendable {
        case staticSite, aspNet48, aspNet20Classic32Bit, wcfNetTcp, nativeService, gpu

        var needs: ImageNeeds {
            switch self {
            case .staticSite: ImageNeeds(iis: true)
            case .aspNet48: ImageNeeds(dotNetFramework: "4.8", iis: true, powerShell: true)
            case .aspNet20Classic32Bit: ImageNeeds(dotNetFramework: "2.0", iis: true, thirtyTwoBit: true)
            case .wcfNetTcp: ImageNeeds(dotNetFramework: "4.7.2", iis: true, wcfNonHTTP: true)
            case .nativeService: ImageNeeds()
            case .gpu: ImageNeeds(fullAPI: true, gpu: true)
            }
        }

        /// The image for each host, ltsc2019, ltsc2022, ltsc2025.
        var images: [String] {
            switch self {
            case .staticSite: ["ltsc2019", "ltsc2022", "ltsc2025"].map { "mcr.microsoft.com/windows/servercore/iis:windowsservercore-\($0)" }
            case .aspNet48: ["4.8-windowsservercore-ltsc2019", "4.8.1-windowsservercore-ltsc2022", "4.8.1-windowsservercore-ltsc2025"]
                .map { "mcr.microsoft.com/dotnet/framework/aspnet:\($0)" }
            case .aspNet20Classic32Bit: ["ltsc2019", "ltsc2022", "ltsc2025"].map { "mcr.microsoft.com/windows/servercore/iis:windowsservercore-\($0)" }
            case .wcfNetTcp: ["4.8-windowsservercore-ltsc2019", "4.8.1-windowsservercore-ltsc2022", "4.8.1-windowsservercore-ltsc2025"]
                .map { "mcr.microsoft.com/dotnet/framework/wcf:\($0)" }
            case .nativeService: ["1809", "ltsc2022", "ltsc2025"].map { "mcr.microsoft.com/windows/nanoserver:\($0)" }
            case .gpu: ["mcr.microsoft.com/windows:1809", "mcr.microsoft.com/windows/server:ltsc2022",
                        "mcr.microsoft.com/windows/server:ltsc2025"]
            }
        }
    }

    private func plan(_ needs: ImageNeeds, host: String?, _ isolation: IsolationChoice,
                      catalog: Catalog? = nil, asOf: String = asOf) throws -> WorkloadPlan {
        try Planner.plan(needs: needs, options: AnalysisOptions(host: host, isolation: isolation, asOf: asOf),
                         catalog: catalog ?? CatalogFixture.catalog())
    }

    /// Each workload on each LTSC host in each isolation choice: the image, the mode and whether it runs.
    @Test(arguments: Workload.allCases, IsolationChoice.allCases)
    func representativeWorkloads(workload: Workload, isolation: IsolationChoice) throws {
        for (host, image) in zip(["ltsc2019", "ltsc2022", "ltsc2025"], workload.images) {
            let plan = try plan(workload.needs, host: host, isolation)
            let gpuInHyperV = workload == .gpu && isolation == .hyperv
            #expect(plan.imageReference == image, "\(host)")
            #expect(plan.imageVersion == host)
            #expect(plan.hostVersion == host)
            #expect(plan.isolation == (isolation == .hyperv ? "hyperv" : "process"))
            #expect(plan.compatible == !gpuInHyperV)
            #expect(plan == (try self.plan(workload.needs, host: host, isolation)), "deterministic")
        }
    }

    @Test func aspNet472OnLtsc2022() throws {
        let plan = try plan(ImageNeeds(dotNetFramework: "4.7.2", iis: true), host: "ltsc2022", .auto)
        #expect(plan == WorkloadPlan(
            repository: "mcr.microsoft.com/dotnet/framework/aspnet", tag: "4.8.1-windowsservercore-ltsc2022",
            family: "servercore", imageVersion: "ltsc2022", imageBuild: 20348, hostVersion: "ltsc2022", hostBuild: 20348,
            isolation: "process", compatible: true, reasons: [
                "ASP.NET 4.7.2 needs the .NET Framework 4.x ASP.NET image; 4.8.1 runs 4.x applications in place.",
                "Process isolation runs the Windows Server 2022 image on Windows Server 2022: both are build 20348.",
            ]))
    }

    @Test func aspNet20Classic32BitEnablesNetFx3() throws {
        let plan = try plan(Workload.aspNet20Classic32Bit.needs, host: nil, .hyperv)
        #expect(plan == WorkloadPlan(
            repository: "mcr.microsoft.com/windows/servercore/iis", tag: "windowsservercore-ltsc2025",
            family: "servercore", imageVersion: "ltsc2025", imageBuild: 26100, hostVersion: "ltsc2025", hostBuild: 26100,
            isolation: "hyperv", compatible: true, reasons: [
                "ASP.NET 2.0 and running 32-bit processes need the Server Core IIS image.",
                "The Server Core IIS image lacks .NET Framework 3.5, so the Dockerfile installs NET-Framework-Core (DISM NetFx3).",
                "Hyper-V isolation runs the Windows Server 2025 image (build 26100) on Windows Server 2025 (build 26100) "
                    + "with the image's own kernel.",
            ]))
    }

    @Test func dotNet35WithoutIISGetsServerCore() throws {
        let plan = try plan(ImageNeeds(dotNetFramework: "3.5"), host: "ltsc2022", .process)
        #expect(plan.imageReference == "mcr.microsoft.com/windows/servercore:ltsc2022")
        #expect(plan.reasons.contains("The Server Core image lacks .NET Framework 3.5, so the Dockerfile installs "
            + "NET-Framework-Core (DISM NetFx3)."))
    }

    @Test func dotNet4WithoutIISGetsTheRuntimeImage() throws {
        let plan = try plan(ImageNeeds(dotNetFramework: "4.6.2", thirtyTwoBit: true), host: "ltsc2025", .auto)
        #expect(plan.imageReference == "mcr.microsoft.com/dotnet/framework/runtime:4.8.1-windowsservercore-ltsc2025")
        #expect(plan.reasons.first == ".NET Framework 4.6.2 and running 32-bit processes need the .NET Framework 4.x "
            + "runtime image; 4.8.1 runs 4.x applications in place.")
    }

    @Test func gpuInHyperVIsolationCannotWork() throws {
        let plan = try plan(Workload.gpu.needs, host: "ltsc2025", .hyperv)
        #expect(plan == WorkloadPlan(
            repository: "mcr.microsoft.com/windows/server", tag: "ltsc2025", family: "server",
            imageVersion: "ltsc2025", imageBuild: 26100, hostVersion: "ltsc2025", hostBuild: 26100,
            isolation: "hyperv", compatible: false, reasons: [
                "The full Win32 API with its fonts and GPU access need the Windows Server image.",
                "GPU access needs process isolation; Hyper-V isolation cannot give a container a GPU.",
            ]))
    }

    @Test func gpuNeedsAWindowsServer2019HostOrLater() throws {
        let plan = try plan(ImageNeeds(gpu: true), host: "ltsc2016", .auto)
        #expect(plan.compatible == false)
        #expect(plan.imageReference == "mcr.microsoft.com/windows/server:ltsc2022")
        #expect(plan.reasons.contains("GPU access needs a host of build 17763 or later; Windows Server 2016 is build 14393."))
    }

    @Test func fullAPIWithIISInstallsWhatTheServerImageLacks() throws {
        let plan = try plan(ImageNeeds(dotNetFramework: "4.7.2", iis: true, fullAPI: true), host: "ltsc2022", .auto)
        #expect(plan.imageReference == "mcr.microsoft.com/windows/server:ltsc2022")
        #expect(plan.reasons.prefix(2) == [
            "ASP.NET 4.7.2 and the full Win32 API with its fonts need the Windows Server image.",
            "The Windows Server image lacks .NET Framework 4.x and IIS, so the Dockerfile installs NET-Framework-45-Core "
                + "(DISM NetFx4) and Web-Server (DISM IIS-WebServerRole).",
        ])
    }

    @Test func dotNet11IsUnsupportedButGetsServerCore() throws {
        let plan = try plan(ImageNeeds(dotNetFramework: "1.1", iis: true), host: "ltsc2022", .auto)
        #expect(plan.imageReference == "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022")
        #expect(plan.compatible)
        #expect(plan.reasons.contains(".NET Framework 1.1 is not supported in Windows containers, which start at .NET "
            + "Framework 2.0; the application must move to a newer .NET Framework."))
    }

    @Test func aNewerFrameworkThanTheImageIsCalledOut() throws {
        let plan = try plan(ImageNeeds(dotNetFramework: "4.8.1"), host: "ltsc2019", .auto)
        #expect(plan.imageReference == "mcr.microsoft.com/dotnet/framework/runtime:4.8-windowsservercore-ltsc2019")
        #expect(plan.reasons.contains("The application targets .NET Framework 4.8.1, newer than the 4.8 in the ltsc2019 "
            + "image; test it on 4.8 or target a newer host."))
    }

    /// A 2025 host runs the ltsc2022 image in process isolation when the image has no ltsc2025 tag.
    @Test func aWindowsServer2025HostFallsBackToTheLtsc2022Image() throws {
        var catalog = try CatalogFixture.catalog()
        let aspnet = try #require(catalog.images.firstIndex { $0.repository == "mcr.microsoft.com/dotnet/framework/aspnet" })
        catalog.images[aspnet].tags["ltsc2025"] = nil
        let plan = try plan(ImageNeeds(dotNetFramework: "4.8", iis: true), host: "ltsc2025", .process, catalog: catalog)
        #expect(plan.imageReference == "mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2022")
        #expect(plan.compatible)
        #expect(plan.reasons == [
            "ASP.NET 4.8 needs the .NET Framework 4.x ASP.NET image; 4.8.1 runs 4.x applications in place.",
            "The .NET Framework 4.x ASP.NET image has no ltsc2025 tag, so the plan uses ltsc2022.",
            "Process isolation runs the Windows Server 2022 image (build 20348) on Windows Server 2025 (build 26100) "
                + "through the stable ABI that hosts since build 20348 offer the previous LTSC image.",
        ])
        let hyperV = try self.plan(ImageNeeds(dotNetFramework: "4.8", iis: true), host: "ltsc2025", .hyperv, catalog: catalog)
        #expect(hyperV.imageVersion == "ltsc2022")
    }

    @Test func processIsolationOnWindows10IsIncompatible() throws {
        let plan = try plan(ImageNeeds(iis: true), host: "win10-22h2", .process)
        #expect(plan == WorkloadPlan(
            repository: "mcr.microsoft.com/windows/servercore/iis", tag: "windowsservercore-ltsc2019",
            family: "servercore", imageVersion: "ltsc2019", imageBuild: 17763, hostVersion: "win10-22h2",
            hostBuild: 19045, isolation: "process", compatible: false, reasons: [
                "IIS needs the Server Core IIS image.",
                "No image that fits the workload runs on Windows 10, version 22H2 in process isolation.",
                "Process isolation on a host before build 20348 needs the image's exact build; the Windows Server 2019 "
                    + "image is build 17763 and Windows 10, version 22H2 is build 19045.",
            ]))
    }

    @Test func autoFallsBackToHyperVOnWindows10() throws {
        let plan = try plan(ImageNeeds(), host: "win10-22h2", .auto)
        #expect(plan.imageReference == "mcr.microsoft.com/windows/nanoserver:1809")
        #expect(plan.isolation == "hyperv")
        #expect(plan.compatible)
        #expect(plan.reasons.contains(
            "No image runs on Windows 10, version 22H2 in process isolation, so the plan uses Hyper-V isolation."))
    }

    @Test func clientAndAnnualChannelHosts() throws {
        let windows11 = try plan(ImageNeeds(iis: true), host: "22621", .auto)
        #expect(windows11.imageReference == "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022")
        #expect(windows11.isolation == "process")
        let annual = try plan(ImageNeeds(), host: "23h2", .process)
        #expect(annual.imageReference == "mcr.microsoft.com/windows/nanoserver:ltsc2022")
        #expect(annual.compatible)
    }

    @Test func anImageOutOfSupportIsSaid() throws {
        let plan = try plan(ImageNeeds(iis: true), host: "ltsc2016", .process, asOf: "2027-02-01")
        #expect(plan.imageReference == "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2016")
        #expect(plan.reasons.contains("The Windows Server 2016 image has been out of support since 2027-01-12."))
    }

    @Test func hostResolution() throws {
        let catalog = try CatalogFixture.catalog()
        #expect(try catalog.resolveHost(nil).id == "ltsc2025")
        #expect(try catalog.resolveHost("").id == "ltsc2025")
        #expect(try catalog.resolveHost("ltsc2019").build == 17763)
        #expect(try catalog.resolveHost(" ltsc2022 ").id == "ltsc2022")
        #expect(try catalog.resolveHost("2022").id == "ltsc2022")
        #expect(try catalog.resolveHost("Windows Server 2019").id == "ltsc2019")
        #expect(try catalog.resolveHost("26100").id == "ltsc2025")
        #expect(try catalog.resolveHost("20348").id == "ltsc2022")
        #expect(try catalog.resolveHost("22621").id == "win11-22h2")
        #expect(try catalog.resolveHost("19045").id == "win10-22h2")
        #expect(try catalog.resolveHost("win11-24h2").build == 26100)
        #expect(throws: CatalogError.unknownHost("ltsc2030")) { try catalog.resolveHost("ltsc2030") }
        #expect(throws: CatalogError.unknownHost("99999")) { try catalog.resolveHost("99999") }
        #expect(throws: CatalogError.notAContainerHost(name: "Windows Server 2012 R2", build: 9600, minimumBuild: 14393)) {
            try catalog.resolveHost("2012r2")
        }
        #expect(throws: CatalogError.notAContainerHost(name: "Windows Server 2008 R2", build: 7601, minimumBuild: 14393)) {
            try catalog.resolveHost("7601")
        }
        #expect(CatalogError.notAContainerHost(name: "Windows Server 2012 R2", build: 9600, minimumBuild: 14393).description
            == "Windows Server 2012 R2 (build 9600) cannot be a container host: Windows containers need build 14393 or later")
        #expect(throws: CatalogError.unknownHost("nope")) {
            try Planner.plan(needs: ImageNeeds(), options: AnalysisOptions(host: "nope", asOf: Self.asOf), catalog: catalog)
        }
    }

    @Test func sourceStatus() throws {
        let catalog = try CatalogFixture.catalog()
        #expect(catalog.sourceStatus(build: 9600, productName: "Windows Server 2012 R2 Datacenter", asOf: Self.asOf)
            == SourceOSStatus(name: "Windows Server 2012 R2", build: 9600, endOfSupport: "2023-10-10", outOfSupport: true))
        #expect(catalog.sourceStatus(build: 20348, productName: "Windows Server 2022 Datacenter", asOf: Self.asOf)
            == SourceOSStatus(name: "Windows Server 2022", build: 20348, endOfSupport: "2031-10-14", outOfSupport: false))
        #expect(catalog.sourceStatus(build: 14393, productName: nil, asOf: Self.asOf)?.name == "Windows Server 2016")
        #expect(catalog.sourceStatus(build: 14393, productName: "Windows 10 Enterprise", asOf: Self.asOf)?.name
            == "Windows 10, version 1607")
        #expect(catalog.sourceStatus(build: nil, productName: "Windows Server 2008 R2 Enterprise", asOf: Self.asOf)
            == SourceOSStatus(name: "Windows Server 2008 R2", build: 7601, endOfSupport: "2020-01-14", outOfSupport: true))
        #expect(catalog.sourceStatus(build: 6003, productName: "Windows Server (R) 2008 Standard", asOf: Self.asOf)
            == SourceOSStatus(name: "Windows Server 2008", build: 6003, endOfSupport: "2020-01-14", outOfSupport: true))
        #expect(catalog.sourceStatus(build: 3790, productName: "Microsoft Windows Server 2003 R2", asOf: Self.asOf)?.name
            == "Windows Server 2003")
        #expect(catalog.sourceStatus(build: nil, productName: nil, asOf: Self.asOf) == nil)
        #expect(catalog.sourceStatus(build: 1234, productName: "Some Other OS", asOf: Self.asOf) == nil)
    }
}
