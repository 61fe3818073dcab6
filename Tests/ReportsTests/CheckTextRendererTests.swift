import Reports
import Testing

@Suite struct CheckTextRendererTests {
    @Test func summarisesPlansFindingsSuppressionsAndTheGate() {
        #expect(CheckTextRenderer.render(SampleCheckReport.make()) == """
            Capture web01: target host ltsc2022 (build 20348), isolation auto

            API & <Co> [site-api]: ready-with-changes, effort 3
              image mcr.microsoft.com/dotnet/framework/wcf:4.8.1-windowsservercore-ltsc2022, process isolation
              - WCF over net.tcp needs the WCF image.
              warning IIS-BINDING-NET-TCP: Site 'API & <Co>' has net.tcp. [iis/application Host.config:233]

            Shop [site-shop]: ready, effort 0
              image mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2022, process isolation

            Server:
              error ROLE-AD-DS: AD DS is installed.

            Suppressed:
              ID-DOMAIN-POOL site-shop: waived: gMSA requested
              IIS-BINDING-NET-TCP site-shop: baselined: in baseline base.json
            expired waiver: ROLE-AD-DS (*) expired 2026-01-01 [waivers.yaml:4]
            rule problem: check X failed

            1 error, 1 warning, 0 info (2 suppressed); gate FAILED (--fail-on warning)

            """)
    }

    @Test func readinessFollowsTheActiveFindings() {
        let report = SampleCheckReport.make()
        #expect(Readiness.of([]) == .ready)
        #expect(Readiness.of(report.activeFindings.filter { $0.workload == "site-api" }) == .readyWithChanges)
        #expect(Readiness.of(report.activeFindings) == .blocked)
    }
}
