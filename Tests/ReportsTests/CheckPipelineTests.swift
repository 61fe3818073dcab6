import Analyzer
import Foundation
import Reports
import RuleEngine
import Testing

/// The whole pipeline on each shipped example capture: the exact plan per workload and the exact
/// findings (rule and workload, one entry per finding).
@Suite struct CheckPipelineTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let rules = repositoryRoot.appendingPathComponent("rules")

    static func run(_ capture: String, failOn: Severity? = .error) throws -> CheckPipeline.Outcome {
        try CheckPipeline.run(CheckRequest(
            capture: repositoryRoot.appendingPathComponent("examples/captures/\(capture)"),
            options: AnalysisOptions(asOf: "2026-11-23"), rulesDirectory: rules, failOn: failOn))
    }

    static let expected: [String: (plans: [String], findings: [String])] = [
        "intranet-aspnet48": (
            plans: [
                "site-default-web-site mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2025 process ready",
                "site-contoso-intranet mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2025 process ready-with-changes",
                "service-zabbix-agent mcr.microsoft.com/windows/servercore:ltsc2025 process ready-with-changes",
            ],
            findings: [
                "ASMA-AUTH site-contoso-intranet",
                "ASMA-AUTH site-contoso-intranet",
                "ASMA-CONNECTION-STRINGS site-contoso-intranet",
                "ASMA-CONNECTION-STRINGS site-contoso-intranet",
                "ASMA-HTTPS-BINDING site-contoso-intranet",
                "ASMA-LOCATION-TAG site-contoso-intranet",
                "BASE-REPORTING-FONTS-GDI site-contoso-intranet",
                "IDENTITY-SERVICE-LOCALSYSTEM service-zabbix-agent",
                "IDENTITY-WINDOWS-AUTH site-contoso-intranet",
                "IDENTITY-WINDOWS-AUTH site-contoso-intranet",
                "IIS-POOL-ALWAYS-RUNNING site-contoso-intranet",
                "IIS-SESSION-INPROC site-contoso-intranet",
                "IIS-SESSION-INPROC site-contoso-intranet",
                "IIS-SHARED-PORT site-contoso-intranet",
                "IIS-SHARED-PORT site-default-web-site",
                "IIS-SITE-HOST-HEADERS site-contoso-intranet",
                "IIS-SITE-STOPPED site-default-web-site",
                "ROLE-WINDOWS-DEFENDER (server)",
                "STORAGE-LOG-DIRECTORY site-contoso-intranet",
                "SVC-INFRASTRUCTURE-AGENT service-zabbix-agent",
                "SVC-NEEDS-ENTRYPOINT service-zabbix-agent",
                "SW-VCREDIST (server)",
                "SW-VCREDIST (server)",
                "SW-WEB-DEPLOY (server)",
            ]),
        "multi-site-webfarm": (
            plans: [
                "site-default-web-site mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2025 process ready-with-changes",
                "site-fabrikam-shop mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2025 process ready-with-changes",
                "site-fabrikam-api mcr.microsoft.com/dotnet/framework/wcf:4.8.1-windowsservercore-ltsc2025 process ready-with-changes",
                "site-legacy-reports mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2025 process ready-with-changes",
                "site-fabrikam-marketing mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2025 process ready-with-changes",
                "service-fabrikamimageresizer mcr.microsoft.com/windows/servercore:ltsc2025 process ready-with-changes",
                "service-splunkforwarder mcr.microsoft.com/windows/servercore:ltsc2025 process ready-with-changes",
            ],
            findings: [
                "ASMA-APP-POOL-IDENTITY site-fabrikam-shop",
                "ASMA-APP-POOLS site-fabrikam-api",
                "ASMA-AUTH site-fabrikam-api",
                "ASMA-AUTH site-fabrikam-api",
                "ASMA-CONNECTION-STRINGS site-fabrikam-api",
                "ASMA-CONNECTION-STRINGS site-fabrikam-shop",
                "ASMA-CONNECTION-STRINGS site-legacy-reports",
                "ASMA-HTTPS-BINDING site-fabrikam-api",
                "ASMA-HTTPS-BINDING site-fabrikam-shop",
                "ASMA-ISAPI-FILTER-SITE site-legacy-reports",
                "ASMA-LOCATION-TAG site-fabrikam-api",
                "ASMA-LOCATION-TAG site-fabrikam-shop",
                "ASMA-LOCATION-TAG site-legacy-reports",
                "ASMA-PROTOCOL site-fabrikam-api",
                "ASMA-TCP-PORT site-legacy-reports",
                "ASMA-VDIR-UNC site-fabrikam-shop",
                "BASE-REPORTING-FONTS-GDI site-legacy-reports",
                "DOTNET-NETFX-35 site-legacy-reports",
                "DOTNET-NETFX-BEFORE-48 site-default-web-site",
                "DOTNET-NETFX-BEFORE-48 site-fabrikam-api",
                "DOTNET-NETFX-BEFORE-48 site-fabrikam-shop",
                "IDENTITY-POOL-DOMAIN-ACCOUNT site-fabrikam-shop",
                "IDENTITY-SERVICE-DOMAIN-ACCOUNT service-fabrikamimageresizer",
                "IDENTITY-SERVICE-LOCALSYSTEM service-splunkforwarder",
                "IDENTITY-WINDOWS-AUTH site-fabrikam-api",
                "IDENTITY-WINDOWS-AUTH site-fabrikam-api",
                "IIS-BINDING-NET-TCP site-fabrikam-api",
                "IIS-BINDING-SPECIFIC-IP site-fabrikam-api",
                "IIS-FORMS-AUTH-MACHINE-KEY site-fabrikam-shop",
                "IIS-IMPERSONATION site-fabrikam-api",
                "IIS-MODULE-URL-REWRITE site-default-web-site",
                "IIS-MODULE-URL-REWRITE site-fabrikam-api",
                "IIS-MODULE-URL-REWRITE site-fabrikam-marketing",
                "IIS-MODULE-URL-REWRITE site-fabrikam-shop",
                "IIS-MODULE-URL-REWRITE site-legacy-reports",
                "IIS-POOL-32BIT site-legacy-reports",
                "IIS-POOL-ALWAYS-RUNNING site-fabrikam-shop",
                "IIS-POOL-CLASSIC-PIPELINE site-legacy-reports",
                "IIS-POOL-NO-MANAGED-CODE site-fabrikam-marketing",
                "IIS-SESSION-INPROC site-legacy-reports",
                "IIS-SESSION-STATE-SERVER site-fabrikam-shop",
                "IIS-SHARED-PORT site-default-web-site",
                "IIS-SHARED-PORT site-fabrikam-api",
                "IIS-SHARED-PORT site-fabrikam-marketing",
                "IIS-SHARED-PORT site-fabrikam-shop",
                "IIS-SITE-HOST-HEADERS site-fabrikam-marketing",
                "IIS-SITE-HOST-HEADERS site-fabrikam-shop",
                "IIS-SITE-STOPPED site-default-web-site",
                "IIS-WCF-SERVICES site-fabrikam-api",
                "ROLE-SMB1 (server)",
                "ROLE-WINDOWS-DEFENDER (server)",
                "STORAGE-CONTENT-OTHER-DRIVE site-fabrikam-api",
                "STORAGE-CONTENT-OTHER-DRIVE site-fabrikam-api",
                "STORAGE-CONTENT-OTHER-DRIVE site-fabrikam-marketing",
                "STORAGE-CONTENT-OTHER-DRIVE site-fabrikam-shop",
                "STORAGE-LOG-DIRECTORY site-fabrikam-api",
                "STORAGE-LOG-DIRECTORY site-fabrikam-marketing",
                "STORAGE-LOG-DIRECTORY site-fabrikam-shop",
                "STORAGE-SERVICE-BINARY-OTHER-DRIVE service-fabrikamimageresizer",
                "STORAGE-VDIR-CONNECT-AS site-fabrikam-shop",
                "SVC-INFRASTRUCTURE-AGENT service-splunkforwarder",
                "SVC-NEEDS-ENTRYPOINT service-fabrikamimageresizer",
                "SVC-NEEDS-ENTRYPOINT service-splunkforwarder",
                "SW-DATABASE-CLIENT-DRIVER (server)",
                "SW-VCREDIST (server)",
                "SW-VCREDIST (server)",
                "SW-WEB-DEPLOY (server)",
            ]),
        "orders-service-msmq": (
            plans: [
                "service-woodgrovenotifier mcr.microsoft.com/windows/servercore:ltsc2025 process blocked",
                "service-woodgroveorderprocessor mcr.microsoft.com/windows/servercore:ltsc2025 process blocked",
            ],
            findings: [
                "IDENTITY-SERVICE-DOMAIN-ACCOUNT service-woodgroveorderprocessor",
                "IDENTITY-SERVICE-LOCALSYSTEM service-woodgrovenotifier",
                "MSMQ-TRIGGERS (server)",
                "MSMQ-WITH-GMSA service-woodgroveorderprocessor",
                "MSMQ-WORKLOAD service-woodgrovenotifier",
                "MSMQ-WORKLOAD service-woodgroveorderprocessor",
                "OS-SOURCE-OUT-OF-SUPPORT (server)",
                "OS-SOURCE-PRE-2016 (server)",
                "ROLE-SMB1 (server)",
                "SVC-DELAYED-AUTO-START service-woodgroveorderprocessor",
                "SVC-INTERACTIVE service-woodgrovenotifier",
                "SVC-KERNEL-DRIVER (server)",
                "SVC-MANUAL-START service-woodgrovenotifier",
                "SVC-NEEDS-ENTRYPOINT service-woodgrovenotifier",
                "SVC-NEEDS-ENTRYPOINT service-woodgroveorderprocessor",
                "SW-CRYSTAL-REPORTS (server)",
                "SW-DATABASE-CLIENT-DRIVER (server)",
                "SW-VCREDIST (server)",
                "SW-VCREDIST (server)",
                "SW-VCREDIST (server)",
            ]),
    ]

    @Test(arguments: ["intranet-aspnet48", "multi-site-webfarm", "orders-service-msmq"])
    func exactPlansAndFindings(capture: String) throws {
        let report = try Self.run(capture).report
        let expected = try #require(Self.expected[capture])
        #expect(report.workloads.map { "\($0.id) \($0.image) \($0.isolation) \($0.readiness.rawValue)" } == expected.plans)
        #expect(report.findings.map { "\($0.ruleID) \($0.workload ?? "(server)")" }.sorted() == expected.findings)
        #expect(report.problems.isEmpty)
    }

    @Test func theGateFollowsTheThreshold() throws {
        #expect(try Self.run("orders-service-msmq", failOn: .error).report.gate.failed)
        #expect(try !Self.run("intranet-aspnet48", failOn: .error).report.gate.failed)
        #expect(try Self.run("intranet-aspnet48", failOn: .warning).report.gate.failed)
        #expect(try !Self.run("orders-service-msmq", failOn: nil).report.gate.failed)
    }

    @Test func outputIsIdenticalAcrossRuns() throws {
        let first = try Self.run("multi-site-webfarm")
        let second = try Self.run("multi-site-webfarm")
        #expect(first.assessmentXML == second.assessmentXML)
        #expect(try SarifEmitter.render(first.report) == SarifEmitter.render(second.report))
        #expect(try JSONOutput.string(first.report) == JSONOutput.string(second.report))
    }

    @Test(arguments: ["intranet-aspnet48", "multi-site-webfarm", "orders-service-msmq"])
    func sarifOfEachExampleValidates(capture: String) throws {
        let report = try Self.run(capture).report
        #expect(try SarifEmitterTests.schemaErrors(SarifEmitter.render(report)) == "")
    }

    @Test func everyFindingHasAFileAndNoSecretLeaks() throws {
        for capture in Self.expected.keys.sorted() {
            let outcome = try Self.run(capture)
            #expect(outcome.report.findings.allSatisfy { $0.file != nil }, "\(capture)")
            let everything = try outcome.assessmentXML + JSONOutput.string(outcome.report) + SarifEmitter.render(outcome.report)
            for secret in ["FAKE-Intranet-Pwd-0000", "FAKE-Shop-Pwd-1111", "[enc:"] {
                #expect(!everything.contains(secret), "\(capture) leaks \(secret)")
            }
        }
    }
}
