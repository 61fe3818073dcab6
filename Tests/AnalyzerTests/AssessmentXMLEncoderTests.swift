import Analyzer
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ManifestReaders
import Testing

@Suite struct AssessmentXMLEncoderTests {
    static let plan = WorkloadPlan(
        repository: "mcr.microsoft.com/dotnet/framework/aspnet", tag: "4.8.1-windowsservercore-ltsc2022",
        family: "servercore", imageVersion: "ltsc2022", imageBuild: 20348, hostVersion: "ltsc2022", hostBuild: 20348,
        isolation: "process", compatible: true,
        reasons: ["ASP.NET on .NET Framework 4.x needs the aspnet image.", "Host & image builds match <20348>."])

    /// An assessment of `inventory` with the derived requirements and a made-up plan per workload.
    static func assessment(_ inventory: Inventory, split: WorkloadSplitter.Mode = .perSiteAndService,
                           sourceOS: SourceOSStatus? = SourceOSStatus(name: "Windows Server 2016", build: 14393,
                                                                      endOfSupport: "2027-01-12", outOfSupport: false))
        -> Assessment {
        let workloads = WorkloadSplitter(mode: split).workloads(of: inventory).map {
            AssessedWorkload(workload: $0, requirements: RequirementDeriver.requirements(for: $0, in: inventory),
                             plan: plan)
        }
        return Assessment(options: AnalysisOptions(split: split, asOf: "2026-11-23"), hostVersion: "ltsc2022",
                          hostBuild: 20348, sourceOS: sourceOS, inventory: inventory, workloads: workloads)
    }

    static func webFarm(split: WorkloadSplitter.Mode = .perSiteAndService) throws -> String {
        AssessmentXMLEncoder.document(for: assessment(try RequirementExamples.inventory("multi-site-webfarm"), split: split))
    }

    /// The lines of the `<workload>` element with `id`, without their indentation.
    static func workload(_ id: String, in xml: String) throws -> [String] {
        let lines = xml.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("    <workload id=\"\(id)\"") })
        let end = try #require(lines[start...].firstIndex { $0 == "    </workload>" })
        return lines[start...end].map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The start tags of the `<workload>` element's children.
    static func children(_ id: String, in xml: String) throws -> [String] {
        let lines = xml.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("    <workload id=\"\(id)\"") })
        return lines[(start + 1)...].prefix { $0 != "    </workload>" }
            .filter { $0.hasPrefix("      <") && !$0.hasPrefix("      </") }
            .map { String($0.dropFirst(7).prefix { $0 != " " && $0 != ">" }) }
    }

    @Test func startsWithTargetSourceOSAndTheInventory() throws {
        let xml = try Self.webFarm()
        #expect(xml.hasPrefix("""
            <?xml version="1.0" encoding="UTF-8"?>
            <assessment schemaVersion="1">
              <target host="ltsc2022" hostBuild="20348" isolation="auto" split="perSiteAndService" asOf="2026-11-23"/>
              <sourceOS name="Windows Server 2016" build="14393" endOfSupport="2027-01-12" outOfSupport="false" file="registry/software.reg" line="3"/>
              <inventory schemaVersion="1" capture="multi-site-webfarm">

            """))
        #expect(xml.hasSuffix("    </workload>\n  </workloads>\n</assessment>\n"))
    }

    @Test func embedsTheInventoryDocumentUnchanged() throws {
        let inventory = try RequirementExamples.inventory("multi-site-webfarm")
        let embedded = InventoryXMLEncoder.document(for: inventory).split(separator: "\n").dropFirst()
            .map { "  " + $0 }.joined(separator: "\n")
        #expect(try Self.webFarm().contains(embedded + "\n  <workloads>\n"))
    }

    @Test func siteWorkloadHoldsCopiesThenRequirementsThenPlan() throws {
        let xml = try Self.webFarm()
        #expect(try Self.children("site-fabrikam-api", in: xml)
            == ["site", "pool", "pool", "webConfig", "location", "requirements", "plan"])
        let lines = try Self.workload("site-fabrikam-api", in: xml)
        #expect(lines.first == #"<workload id="site-fabrikam-api" kind="iisSite" name="Fabrikam API" file="iis/applicationHost.config" line="224">"#)
        for expected in [
            #"<site id="3" name="Fabrikam API" serverAutoStart="true" logDirectory="D:\Logs\IIS" file="iis/applicationHost.config" line="224">"#,
            #"<pool name="FabrikamOrdersPool" managedRuntimeVersion="v4.0" pipelineMode="Integrated" enable32Bit="false" identityType="NetworkService" autoStart="true" startMode="OnDemand" file="iis/applicationHost.config" line="160"/>"#,
            #"<location path="Fabrikam API" rawTag="&lt;location path=&quot;Fabrikam API&quot;&gt;" file="iis/applicationHost.config" line="696">"#,
            #"<requirements runtime="netfx" dotnetFramework="4.6.2" iis="true" bit32="false" powerShell="true" msi="true" fullApi="false" gpu="false" wcfNonHttp="true" classicAsp="false" msmq="false" msdtc="false" comPlus="false">"#,
            #"<feature name="NET-WCF-TCP-Activation45" reason="net.tcp binding 808:*" file="iis/applicationHost.config" line="233"/>"#,
            #"<module name="RewriteModule" image="%SystemRoot%\system32\inetsrv\rewrite.dll" installer="IIS URL Rewrite Module 2" file="iis/applicationHost.config" line="323"/>"#,
            #"<port protocol="https" port="443" ip="10.0.4.21" host="" file="iis/applicationHost.config" line="232"/>"#,
            #"<port protocol="net.tcp" port="808" file="iis/applicationHost.config" line="233"/>"#,
            #"<identity kind="appPool" name="FabrikamApiPool" type="ApplicationPoolIdentity" domain="false" file="iis/applicationHost.config" line="157"/>"#,
            #"<auth type="windows" scope="Fabrikam API" file="iis/applicationHost.config" line="700"/>"#,
            #"<path kind="drive" path="D:\Services\Orders" drive="D" application="/orders" virtualPath="/" file="iis/applicationHost.config" line="229"/>"#,
            #"<plan image="mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2022" repository="mcr.microsoft.com/dotnet/framework/aspnet" tag="4.8.1-windowsservercore-ltsc2022" family="servercore" imageVersion="ltsc2022" imageBuild="20348" hostVersion="ltsc2022" hostBuild="20348" isolation="process" compatible="true">"#,
            "<reason>ASP.NET on .NET Framework 4.x needs the aspnet image.</reason>",
            "<reason>Host &amp; image builds match &lt;20348&gt;.</reason>",
        ] {
            #expect(lines.contains(expected), "\(expected)")
        }
    }

    @Test func copiesAreTheInventoryElements() throws {
        let xml = try Self.webFarm()
        let inventory = Set(try #require(xml.components(separatedBy: "<workloads>").first).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) })
        for id in ["site-fabrikam-shop", "site-legacy-reports", "service-fabrikamimageresizer"] {
            let copies = try Self.workload(id, in: xml).dropFirst().prefix { !$0.hasPrefix("<requirements ") }
            #expect(!copies.isEmpty)
            for line in copies { #expect(inventory.contains(line), "\(id): \(line)") }
        }
    }

    @Test func serviceWorkload() throws {
        let lines = try Self.workload("service-fabrikamimageresizer", in: Self.webFarm())
        #expect(try Self.children("service-fabrikamimageresizer", in: Self.webFarm())
            == ["service", "requirements", "plan"])
        #expect(lines[2] == #"<requirements runtime="native" iis="false" bit32="false" powerShell="true" msi="false" fullApi="false" gpu="false" wcfNonHttp="false" classicAsp="false" msmq="false" msdtc="false" comPlus="false">"#)
        #expect(lines[3] == #"<identity kind="service" name="FabrikamImageResizer" type="DomainAccount" account="FABRIKAM\svc-images" domain="true" file="services.json" line="112"/>"#)
        #expect(lines[4] == #"<path kind="drive" path="D:\Services\ImageResizer" drive="D" file="services.json" line="112"/>"#)
        #expect(lines[5] == "</requirements>")
    }

    @Test func serverWorkloadHoldsEverySiteAndService() throws {
        let xml = try Self.webFarm(split: .perServer)
        let children = try Self.children("server-fabrikam-web02", in: xml)
        #expect(children == Array(repeating: "site", count: 5) + Array(repeating: "pool", count: 6)
            + Array(repeating: "webConfig", count: 4) + Array(repeating: "location", count: 3)
            + ["service", "service", "requirements", "plan"])
        #expect(xml.contains(#"<workload id="server-fabrikam-web02" kind="server" name="FABRIKAM-WEB02" file="registry/software.reg" line="3">"#))
    }

    @Test func unknownInstallerAndOptionalElementsAreLeftOut() {
        var fixture = RequirementFixture()
        fixture.enable("SiteMinderAgent", image: "sm.dll")
        let xml = AssessmentXMLEncoder.document(for: Self.assessment(fixture.inventory, sourceOS: nil))
        #expect(xml.contains(#"<module name="SiteMinderAgent" image="sm.dll" file="iis/applicationHost.config" line="20"/>"#))
        #expect(!xml.contains("<sourceOS"))
        let empty = AssessmentXMLEncoder.document(for: Self.assessment(Inventory(captureName: "empty"), sourceOS: nil))
        #expect(!empty.contains("<workloads>"))
    }

    @Test func isWellFormedAndDeterministic() throws {
        for capture in ["intranet-aspnet48", "multi-site-webfarm", "orders-service-msmq"] {
            let inventory = try RequirementExamples.inventory(capture)
            for split in WorkloadSplitter.Mode.allCases {
                let xml = AssessmentXMLEncoder.document(for: Self.assessment(inventory, split: split))
                #expect(xml == AssessmentXMLEncoder.document(for: Self.assessment(inventory, split: split)))
                let parser = XMLParser(data: Data(xml.utf8))
                #expect(parser.parse(), "\(capture) \(split): \(String(describing: parser.parserError))")
            }
        }
    }

    @Test func escapesValuesFromTheCapture() {
        let xml = AssessmentXMLEncoder.document(for: Self.assessment(SampleInventory.make()))
        #expect(xml.contains(#"<workload id="site-shop" kind="iisSite" name="Shop &lt;&quot;&amp;'&gt;" file="iis/applicationHost.config" line="10">"#))
    }
}
