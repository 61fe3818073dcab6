import Analyzer
import ManifestReaders
import Testing

@Suite struct InventoryXMLEncoderTests {
    @Test func rendersSitesBindingsPoolsAndServicesWithProvenance() {
        let xml = InventoryXMLEncoder.document(for: SampleInventory.make())
        #expect(xml.contains(#"<site id="2" name="Shop &lt;&quot;&amp;'&gt;" serverAutoStart="true" file="iis/applicationHost.config" line="10">"#))
        #expect(xml.contains(#"<binding protocol="https" bindingInformation="*:443:shop" ip="*" port="443" host="shop" sslFlags="1" file="iis/applicationHost.config" line="15"/>"#))
        #expect(xml.contains(#"<pool name="ShopPool" managedRuntimeVersion="v4.0" pipelineMode="Integrated" enable32Bit="true" identityType="ApplicationPoolIdentity" autoStart="true" startMode="OnDemand" file="iis/applicationHost.config" line="5"/>"#))
        #expect(xml.contains(#"<service name="OrderSvc" startMode="Auto" account="CONTOSO\svc" serviceType="Own Process" builtIn="false" file="services.csv" line="3"/>"#))
        #expect(xml.contains(#"<host computerName="WEB01" build="17763" file="registry/software.reg" line="4"/>"#))
        #expect(!xml.contains("<features>"), "empty lists are left out")
    }

    @Test func isDeterministic() {
        let inventory = SampleInventory.make()
        #expect(InventoryXMLEncoder.document(for: inventory) == InventoryXMLEncoder.document(for: inventory))
    }
}
