import RuleEngine

extension FleetSummary {
    /// The summary of `results`. The order of `results` does not matter.
    public static func build(from results: [ServerResult]) -> FleetSummary {
        let servers = results.map(FleetServer.init).sorted(by: FleetServer.order)
        let analysed = results.compactMap { result -> AnalysedServer? in
            if case .analysed(let server) = result { return server }
            return nil
        }
        let workloads = analysed
            .flatMap { server in server.workloads.map { FleetWorkload(server: server.name, workload: $0) } }
            .sorted { ($0.server, $0.id) < ($1.server, $1.id) }
        return FleetSummary(
            schemaVersion: schemaVersion,
            totals: totals(servers: servers, workloads: workloads, analysed: analysed),
            servers: servers,
            workloads: workloads,
            topBlockers: blockers(analysed),
            baseImages: RankedCount.rank(workloads.map(\.image)),
            hostVersions: RankedCount.rank(analysed.map(\.target.displayName)),
            sourceOS: RankedCount.rank(analysed.map { $0.sourceOS ?? "unknown" }))
    }

    private static func totals(servers: [FleetServer], workloads: [FleetWorkload], analysed: [AnalysedServer]) -> Totals {
        var totals = Totals(
            servers: servers.count, analysed: analysed.count, failed: servers.count - analysed.count,
            gateFailed: analysed.filter(\.gate.failed).count,
            ruleErrors: analysed.flatMap(\.problems).filter { $0.kind == "rule" }.count,
            serverReadiness: Counts(), workloads: workloads.count, workloadReadiness: Counts(),
            findings: Counts(), suppressed: servers.map(\.suppressed).reduce(0, +),
            effort: servers.map(\.effort).reduce(0, +), effortByCategory: Counts())
        for server in analysed { totals.serverReadiness[server.readiness] += 1 }
        for workload in workloads { totals.workloadReadiness[workload.readiness] += 1 }
        for server in servers { totals.findings.add(server.findings) }
        for finding in analysed.flatMap(\.activeFindings) { totals.effortByCategory[finding.category] += finding.effort }
        return totals
    }

    private static func blockers(_ analysed: [AnalysedServer]) -> [FleetBlocker] {
        var findings: [String: Int] = [:]
        var servers: [String: Int] = [:]
        var titles: [String: String] = [:]
        for server in analysed {
            let blockers = server.activeFindings.filter { $0.category == .blocker }
            for finding in blockers {
                findings[finding.ruleID, default: 0] += 1
                titles[finding.ruleID] = min(titles[finding.ruleID] ?? finding.title, finding.title)
            }
            for rule in Set(blockers.map(\.ruleID)) { servers[rule, default: 0] += 1 }
        }
        return findings
            .map { FleetBlocker(ruleID: $0.key, title: titles[$0.key] ?? "", findings: $0.value, servers: servers[$0.key] ?? 0) }
            .sorted { $0.findings != $1.findings ? $0.findings > $1.findings : $0.ruleID < $1.ruleID }
    }
}
