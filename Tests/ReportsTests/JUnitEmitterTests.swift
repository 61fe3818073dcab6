import Reports
import Testing

@Suite struct JUnitEmitterTests {
    @Test func oneCasePerCheckAndWorkloadWithFailuresAndSkips() {
        let xml = JUnitEmitter.render(SampleCheckReport.make())
        #expect(xml.contains(#"<testsuites name="image2container web01" tests="9" failures="2" errors="1" skipped="2">"#))
        #expect(xml.contains(#"<testsuite name="server" tests="3" failures="1" errors="0" skipped="0">"#))
        #expect(xml.contains(#"<testsuite name="site-api" tests="3" failures="1" errors="0" skipped="0">"#))
        #expect(xml.contains(#"<testsuite name="site-shop" tests="3" failures="0" errors="0" skipped="2">"#))
        #expect(xml.contains(#"<failure message="Site 'API &amp; &lt;Co&gt;' has net.tcp." type="warning">iis/application Host.config:233 Site 'API &amp; &lt;Co&gt;' has net.tcp.&#10;Remediation: Use the WCF image.</failure>"#))
        #expect(xml.contains(#"<skipped message="waived: gMSA requested"/>"#))
        #expect(xml.contains(#"<testcase name="ROLE-AD-DS: Domain controller role" classname="image2container.site-shop"/>"#))
    }
}
