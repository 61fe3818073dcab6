import Analyzer
import Testing

/// Requirements of `examples/captures/orders-service-msmq`: no IIS, an MSMQ order processor
/// running as a domain account and an interactive LocalSystem notifier. MSMQ is installed, so
/// both services are taken to use it (the capture does not carry service dependencies).
@Suite struct RequirementOrdersServiceTests {
    static let msmqFeatures = ["MSMQ", "MSMQ-Services", "MSMQ-Server"]

    @Test func orderProcessor() throws {
        let r = try #require(try RequirementExamples.requirements("orders-service-msmq")["WoodgroveOrderProcessor"])
        #expect(RequirementExamples.summary(r) == "native - powerShell,msmq")
        #expect(RequirementExamples.reasons(r) == [
            "MSMQ: parent of MSMQ-Services @services.txt:347",
            "MSMQ-Services: parent of MSMQ-Server @services.txt:347",
            "MSMQ-Server: MSMQ is installed on the server; the service is taken to use it @services.txt:347",
        ])
        #expect(RequirementExamples.identities(r) == [
            #"service WoodgroveOrderProcessor DomainAccount WOODGROVE\svc-orders true @services.txt:347"#,
        ])
        #expect(r.paths.isEmpty, "the program is under C:\\Program Files")
        #expect(r.ports.isEmpty && r.modules.isEmpty && r.authentication.isEmpty)
    }

    @Test func notifier() throws {
        let r = try #require(try RequirementExamples.requirements("orders-service-msmq")["WoodgroveNotifier"])
        #expect(RequirementExamples.summary(r) == "native - powerShell,msmq")
        #expect(RequirementExamples.features(r) == Self.msmqFeatures)
        #expect(RequirementExamples.identities(r) == ["service WoodgroveNotifier LocalSystem LocalSystem false @services.txt:336"])
    }

    @Test func driversAreNoWorkloads() throws {
        #expect(try RequirementExamples.requirements("orders-service-msmq").keys.sorted()
            == ["WoodgroveNotifier", "WoodgroveOrderProcessor"])
    }
}
