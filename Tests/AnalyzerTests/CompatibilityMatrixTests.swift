@testable import Analyzer
import Testing

@Suite struct CompatibilityMatrixTests {
    private func version(_ id: String) throws -> WindowsVersion {
        try #require(try CatalogFixture.catalog().version(named: id), "\(id)")
    }

    private func check(_ host: String, _ image: String, _ isolation: IsolationMode,
                       hostRevision: Int? = nil, imageRevision: Int? = nil) throws -> CompatibilityVerdict {
        let catalog = try CatalogFixture.catalog()
        return HostImageCompatibility(facts: catalog.compatibility)
            .check(host: try version(host), image: try version(image), isolation: isolation,
                   hostRevision: hostRevision, imageRevision: imageRevision)
    }

    /// Every documented cell in compatibility.yaml (§1.2, the §1.3 SAC-era, client and Annual
    /// Channel rows) agrees with the rules.
    @Test func everyDocumentedCellAgrees() throws {
        let catalog = try CatalogFixture.catalog()
        var checked = 0
        for row in catalog.compatibility.matrix {
            for cell in row.cells {
                for isolation in IsolationMode.allCases {
                    guard let documented = cell.supported(isolation) else { continue }
                    let verdict = try check(row.host, cell.image, isolation)
                    #expect(verdict.supported == documented,
                            "\(row.host) running \(cell.image) in \(isolation.phrase): \(verdict.reason)")
                    checked += 1
                }
            }
        }
        #expect(checked == 236)
    }

    /// The current matrix (§1.2) as a table, so that a change to the YAML cannot drop a cell unnoticed.
    @Test(arguments: [
        ("ltsc2025", "ltsc2025", true, true), ("ltsc2025", "ltsc2022", true, true),
        ("ltsc2025", "ltsc2019", true, false), ("ltsc2025", "ltsc2016", true, false),
        ("ltsc2022", "ltsc2025", false, false), ("ltsc2022", "ltsc2022", true, true),
        ("ltsc2022", "ltsc2019", true, false), ("ltsc2022", "ltsc2016", true, false),
        ("ltsc2019", "ltsc2022", false, false), ("ltsc2019", "ltsc2019", true, true), ("ltsc2019", "ltsc2016", true, false),
        ("ltsc2016", "ltsc2022", false, false), ("ltsc2016", "ltsc2019", false, false), ("ltsc2016", "ltsc2016", true, true),
        ("win11-24h2", "ltsc2025", true, true), ("win11-22h2", "ltsc2022", true, true),
        ("win11-22h2", "ltsc2019", true, false), ("win11-22h2", "ltsc2016", true, false),
        ("win10-22h2", "ltsc2022", false, false), ("win10-22h2", "ltsc2019", true, false),
        ("win10-22h2", "ltsc2016", true, false),
    ])
    func currentMatrix(host: String, image: String, hyperv: Bool, process: Bool) throws {
        let catalog = try CatalogFixture.catalog()
        let cells = catalog.compatibility.matrix.filter { $0.host == host }.flatMap(\.cells).filter { $0.image == image }
        #expect(cells.contains { $0.hyperv == hyperv && $0.process == process })
        #expect(try check(host, image, .hyperv).supported == hyperv)
        #expect(try check(host, image, .process).supported == process)
    }

    /// The cases of hcsshim's `Test_PlatformCompat` and those R3 lists.
    @Test(arguments: [
        (17763, 17763, true), (17763, 20348, false), (20348, 17763, false), (20348, 20348, true),
        (22621, 17763, false), (22621, 20348, true),
        (26100, 20348, true), (20348, 26100, false), (26100, 22621, true),
        (26200, 20348, false), (26200, 26100, true), (25398, 20348, true), (14393, 14393, true),
    ])
    func hcsshimCases(host: Int, image: Int, runs: Bool) throws {
        let compatibility = HostImageCompatibility(facts: try CatalogFixture.catalog().compatibility)
        #expect(compatibility.runtimeAllowsProcessIsolation(host: OSVersion(build: host), image: OSVersion(build: image)) == runs)
    }

    @Test func majorAndMinorVersionsMustMatch() throws {
        let compatibility = HostImageCompatibility(facts: try CatalogFixture.catalog().compatibility)
        #expect(!compatibility.runtimeAllowsProcessIsolation(host: OSVersion(major: 10, minor: 0, build: 20348),
                                                             image: OSVersion(major: 6, minor: 3, build: 20348)))
    }

    @Test func reasonsSayWhy() throws {
        #expect(try check("ltsc2025", "ltsc2022", .process).reason == "Process isolation runs the Windows Server 2022 "
            + "image (build 20348) on Windows Server 2025 (build 26100) through the stable ABI that hosts since build "
            + "20348 offer the previous LTSC image.")
        #expect(try check("ltsc2022", "ltsc2022", .process).reason
            == "Process isolation runs the Windows Server 2022 image on Windows Server 2022: both are build 20348.")
        #expect(try check("ltsc2019", "ltsc2016", .process).reason == "Process isolation on a host before build 20348 "
            + "needs the image's exact build; the Windows Server 2016 image is build 14393 and Windows Server 2019 is "
            + "build 17763.")
        #expect(try check("ltsc2025", "ltsc2019", .process).reason == "Process isolation on Windows Server 2025 (build "
            + "26100) runs images from build 20348 to 26100; the Windows Server 2019 image is build 17763.")
        #expect(try check("win10-1809", "ltsc2019", .process).reason == "Process isolation of Windows Server images "
            + "on Windows client hosts is supported from build 19041; Windows 10, version 1809 is build 17763.")
        #expect(try check("ltsc2019", "ltsc2022", .hyperv).reason == "Hyper-V isolation runs images of the host's "
            + "build or older; the Windows Server 2022 image (build 20348) is newer than Windows Server 2019 (build 17763).")
        #expect(try check("ltsc2022", "ltsc2016", .hyperv).reason == "Hyper-V isolation runs the Windows Server 2016 "
            + "image (build 14393) on Windows Server 2022 (build 20348) with the image's own kernel.")
        #expect(try check("2012r2", "ltsc2016", .hyperv) == CompatibilityVerdict(supported: false, reason:
            "Windows Server 2012 R2 (build 9600) cannot run Windows containers; container hosts start at build 14393."))
        #expect(try check("ltsc2022", "2012r2", .hyperv).supported == false)
    }

    /// R4: Windows Server 2016 host and image revisions must match in process isolation only.
    @Test func windowsServer2016RevisionsMustMatch() throws {
        #expect(try check("ltsc2016", "ltsc2016", .process, hostRevision: 3506, imageRevision: 3506).supported)
        let mismatch = try check("ltsc2016", "ltsc2016", .process, hostRevision: 1914, imageRevision: 1944)
        #expect(mismatch == CompatibilityVerdict(supported: false, reason: "Build 14393 needs the same revision on "
            + "host and image in process isolation; the host is 14393.1914 and the image 14393.1944."))
        #expect(try check("ltsc2016", "ltsc2016", .hyperv, hostRevision: 1914, imageRevision: 1944).supported)
        #expect(try check("ltsc2016", "ltsc2016", .process, hostRevision: 1914).supported)
        #expect(try check("ltsc2019", "ltsc2019", .process, hostRevision: 6000, imageRevision: 7000).supported)
    }

    /// R5: the February 2020 baseline, with update-containers.md's 1B/2B/3B table for Windows Server 2019.
    @Test(arguments: [
        (1098, 1098, true), (1098, 1040, true), (1098, 973, false),
        (1039, 1098, true), (1039, 1040, true), (1039, 973, false),
        (973, 1098, false), (973, 1040, false), (973, 973, true),
    ])
    func february2020Baseline(hostRevision: Int, imageRevision: Int, works: Bool) throws {
        let verdict = try check("ltsc2019", "ltsc2019", .process, hostRevision: hostRevision, imageRevision: imageRevision)
        #expect(verdict.supported == works, "\(verdict.reason)")
        #expect(try check("ltsc2019", "ltsc2019", .hyperv, hostRevision: hostRevision, imageRevision: imageRevision).supported)
    }

    @Test func baselineReason() throws {
        #expect(try check("ltsc2019", "ltsc2019", .process, hostRevision: 1098, imageRevision: 973).reason
            == "The host (17763.1098) and the image (17763.973) are on different sides of the February 2020 security "
            + "baseline (host 17763.1039, image 17763.1040), which process isolation does not allow.")
    }
}
