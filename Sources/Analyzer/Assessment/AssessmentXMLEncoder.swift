import ManifestReaders

/// Renders an `Assessment` as the XML document that checks query with XPath
/// (`docs/assessment-xml.md`): the target, the source OS, the whole inventory document, and per
/// workload copies of its inventory elements with its requirements and plan. The copies are
/// written by the inventory encoder's own element writers, so they are byte-for-byte the
/// inventory's elements.
public enum AssessmentXMLEncoder {
    /// The whole document, rooted at `<assessment>`.
    public static func document(for assessment: Assessment) -> String {
        var writer = XMLWriter()
        write(assessment, to: &writer)
        return writer.document
    }

    /// Writes the document's elements, from `<assessment>` to its end, to `writer`.
    public static func write(_ assessment: Assessment, to writer: inout some XMLOutput) {
        writer.open("assessment", [("schemaVersion", String(assessment.schemaVersion))])
        writer.empty("target", [
            ("host", assessment.hostVersion), ("hostBuild", String(assessment.hostBuild)),
            ("isolation", assessment.options.isolation.rawValue), ("split", assessment.options.split.rawValue),
            ("asOf", assessment.options.asOf),
        ])
        if let os = assessment.sourceOS {
            writer.empty("sourceOS", [
                ("name", os.name), ("build", String(os.build)), ("endOfSupport", os.endOfSupport),
                ("outOfSupport", os.outOfSupport.xmlValue),
            ] + (assessment.inventory.host.map { InventoryXMLEncoder.source($0.source) } ?? []))
        }
        InventoryXMLEncoder.write(assessment.inventory, to: &writer)
        writer.list("workloads", isEmpty: assessment.workloads.isEmpty) { w in
            let index = InventoryIndex(assessment.inventory)
            for workload in assessment.workloads { write(workload, index: index, to: &w) }
        }
        writer.close()
    }

    private static func write(_ assessed: AssessedWorkload, index: InventoryIndex, to writer: inout some XMLOutput) {
        let workload = assessed.workload
        writer.open("workload", [
            ("id", workload.id), ("kind", workload.kind.rawValue), ("name", workload.name),
        ] + InventoryXMLEncoder.source(workload.source))
        let scope = index.scope(of: workload)
        for site in scope.sites { IISXMLEncoder.writeSite(site.site, to: &writer) }
        for pool in scope.pools { IISXMLEncoder.writePool(pool, to: &writer) }
        for config in scope.sites.flatMap(\.webConfigs) { IISXMLEncoder.write(config, to: &writer) }
        for location in scope.sites.flatMap(\.locations) { IISXMLEncoder.writeLocation(location, to: &writer) }
        for service in scope.services { InventoryXMLEncoder.writeService(service, to: &writer) }
        RequirementsXMLEncoder.write(assessed.requirements, to: &writer)
        write(assessed.plan, to: &writer)
        writer.close()
    }

    private static func write(_ plan: WorkloadPlan, to writer: inout some XMLOutput) {
        writer.open("plan", [
            ("image", plan.imageReference), ("repository", plan.repository), ("tag", plan.tag),
            ("family", plan.family), ("imageVersion", plan.imageVersion), ("imageBuild", String(plan.imageBuild)),
            ("hostVersion", plan.hostVersion), ("hostBuild", String(plan.hostBuild)), ("isolation", plan.isolation),
            ("compatible", plan.compatible.xmlValue),
        ])
        for reason in plan.reasons { writer.text("reason", reason) }
        writer.close()
    }
}
