import Reports
import RuleEngine

/// A small check result: two workloads, three rules, an active, a waived, a baselined and a
/// server-level finding, an expired waiver and a rule problem.
enum SampleCheckReport {
    static func make(failed: Bool = true) -> CheckReport {
        let rules = [
            RuleSummary(id: "IIS-BINDING-NET-TCP", title: "net.tcp binding", severity: .warning, category: .changeNeeded,
                        effort: 3, tags: ["iis"], help: "Use the WCF image.", links: ["https://learn.microsoft.com/a"]),
            RuleSummary(id: "ROLE-AD-DS", title: "Domain controller role", severity: .error, category: .blocker,
                        effort: 13, tags: ["roles"], help: "Keep the DC on a VM.", links: []),
            RuleSummary(id: "ID-DOMAIN-POOL", title: "Pool runs as a domain account", severity: .warning,
                        category: .changeNeeded, effort: 3, tags: ["identity"], help: "Use a gMSA.", links: []),
        ]
        let findings = [
            Finding(ruleID: "IIS-BINDING-NET-TCP", title: "net.tcp binding", severity: .warning, category: .changeNeeded,
                    effort: 3, workload: "site-api", message: "Site 'API & <Co>' has net.tcp.", remediation: "Use the WCF image.",
                    file: "iis/application Host.config", line: 233, evidence: "binding protocol=\"net.tcp\"",
                    fingerprint: "0123456789abcdef0123456789abcdef"),
            Finding(ruleID: "ID-DOMAIN-POOL", title: "Pool runs as a domain account", severity: .warning,
                    category: .changeNeeded, effort: 3, workload: "site-shop", message: "Pool ShopPool runs as FABRIKAM\\svc.",
                    remediation: "Use a gMSA.", file: "iis/applicationHost.config", line: 147, evidence: "pool name=\"ShopPool\"",
                    fingerprint: "fedcba9876543210fedcba9876543210",
                    suppression: Suppression(kind: .waived, justification: "gMSA requested", expires: "2027-03-31")),
            Finding(ruleID: "IIS-BINDING-NET-TCP", title: "net.tcp binding", severity: .warning, category: .changeNeeded,
                    effort: 3, workload: "site-shop", message: "Site 'Shop' has net.tcp.", remediation: "Use the WCF image.",
                    file: "iis/applicationHost.config", line: 0, evidence: "binding protocol=\"net.tcp\"",
                    fingerprint: "11111111111111112222222222222222",
                    suppression: Suppression(kind: .baselined, justification: "in baseline base.json")),
            Finding(ruleID: "ROLE-AD-DS", title: "Domain controller role", severity: .error, category: .blocker, effort: 13,
                    workload: nil, message: "AD DS is installed.", remediation: "Keep the DC on a VM.", file: nil, line: nil,
                    evidence: "feature name=\"AD-Domain-Services\"", fingerprint: "aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbb"),
        ]
        return CheckReport(
            tool: .init(name: "image2container", version: "0.1.0", informationURI: "https://example.invalid/image2container"),
            capture: "web01",
            target: .init(hostVersion: "ltsc2022", hostBuild: 20348, isolation: "auto", asOf: "2026-11-23"),
            workloads: [
                WorkloadSummary(id: "site-api", kind: "iisSite", name: "API & <Co>", image: "mcr.microsoft.com/dotnet/framework/wcf:4.8.1-windowsservercore-ltsc2022",
                                isolation: "process", compatible: true, reasons: ["WCF over net.tcp needs the WCF image."],
                                readiness: .readyWithChanges, effort: 3),
                WorkloadSummary(id: "site-shop", kind: "iisSite", name: "Shop", image: "mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2022",
                                isolation: "process", compatible: true, reasons: [], readiness: .ready, effort: 0),
            ],
            rules: rules, findings: findings,
            expiredWaivers: [ExpiredWaiverEntry(rule: "ROLE-AD-DS", scope: "*", expires: "2026-01-01",
                                                justification: "old", file: "waivers.yaml", line: 4)],
            problems: [ProblemEntry(kind: "rule", message: "check X failed", file: nil, line: nil)],
            gate: .init(failOn: .warning, failed: failed))
    }
}
