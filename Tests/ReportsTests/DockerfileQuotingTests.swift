@testable import Reports
import Testing

/// The pieces that keep capture values inert: PowerShell literals, comment text, context names and
/// the content layout.
@Suite struct DockerfileQuotingTests {
    static let hostile = [
        "", "plain", "it's", "''", "Shop'; Remove-Item C:\\ -Recurse; '", "$(Invoke-Expression evil)", "`$x`",
        "a\nRUN evil", "a\r\nb\u{0}c\u{1B}", "smart \u{2018}\u{2019}\u{201A}\u{201B} quotes", "caf\u{E9} \u{451}",
        "emoji \u{1F600}", "\u{2028}line\u{2029}", "tab\there", "#> <# #requires", "trailing`",
    ]

    @Test(arguments: hostile)
    func literalsEvaluateToTheValueAndArePlainASCII(value: String) {
        let literal = PowerShellLiteral.quote(value)
        #expect(PowerShellTokens.decode(literal) == value)
        #expect(literal.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) })
        let tokens = PowerShellTokens(literal)
        let code = tokens.characters.indices.filter { index in !tokens.literals.contains { $0.contains(index) } }
            .map { tokens.characters[$0] }
        #expect(code.allSatisfy { "()+ []'char0x123456789ABCDEF".contains($0) }, "code outside literals: \(String(code))")
        for range in tokens.occurrences(of: "evil") { #expect(tokens.isInert(range)) }
    }

    @Test func literalsLookAsExpected() {
        #expect(PowerShellLiteral.quote("Fabrikam API") == "'Fabrikam API'")
        #expect(PowerShellLiteral.quote("x'y") == "'x''y'")
        #expect(PowerShellLiteral.quote("") == "''")
        #expect(PowerShellLiteral.quote("a\nb") == "('a' + [char]0x000A + 'b')")
        #expect(PowerShellLiteral.quote("\u{2019}") == "('' + [char]0x2019)")
        #expect(PowerShellLiteral.array(["Negotiate", "NTLM"]) == "@('Negotiate', 'NTLM')")
    }

    @Test func commentTextStaysOnOneLine() {
        #expect(SafeText.line("a\nRUN evil") == "a\\u000ARUN evil")
        #expect(SafeText.line("caf\u{E9}\u{2028}\u{1F600}") == "caf\\u00E9\\u2028\\u{1F600}")
        #expect(SafeText.field("D:\\x\ty\u{0085}z\u{E9}") == "D:\\x\\u0009y\\u0085z\u{E9}")
        var text = GeneratedText()
        text.comment("Site 'a\r\nRUN evil' " + String(repeating: "word ", count: 40))
        #expect(text.lines.allSatisfy { $0.hasPrefix("#") && $0.count <= GeneratedText.width + 10 })
        #expect(text.lines.count > 1)
    }

    @Test func contextNamesAreSafe() {
        #expect(ContextName.component("FabrikamApi") == "FabrikamApi")
        #expect(ContextName.component("Zabbix Agent") == "Zabbix-Agent")
        #expect(ContextName.component("..") == "content")
        #expect(ContextName.component("...", fallback: "x") == "x")
        #expect(ContextName.component("_.") == "_")
        #expect(ContextName.component("$(evil)`") == "evil")
        #expect(ContextName.component("con") == "_con")
        #expect(ContextName.component("NUL.txt") == "_NUL.txt")
        #expect(ContextName.component(String(repeating: "a", count: 200)).count == ContextName.maximumLength)
        var taken: Set<String> = []
        #expect(ContextName.unique("site", taken: &taken) == "site")
        #expect(ContextName.unique("Site", taken: &taken) == "Site-2")
    }

    @Test func siteContentNestsAndNeverLeavesTheRoot() {
        var layout = ContentLayout()
        layout.addSiteContent([#"C:\inetpub\intranet"#, #"C:\inetpub\intranet\reports\"#, #"D:\Sites\Api"#,
                               #"E:\Other\Api"#, #"..\..\Windows\System32"#, #"%ROOT%"#], under: #"C:\inetpub\site-x"#)
        #expect(layout.folders.map(\.destination) == ["intranet", "Api", "Api-2", "System32", "ROOT"])
        #expect(layout.containerPath(of: #"C:\INETPUB\Intranet\reports"#) == #"C:\inetpub\site-x\intranet\reports"#)
        #expect(layout.containerPath(of: #"C:\inetpub\intranet\..\..\evil"#) == #"C:\inetpub\site-x\intranet\content\content\evil"#)
        #expect(layout.containerPath(of: #"..\..\Windows\System32"#) == #"C:\inetpub\site-x\System32"#)
        #expect(layout.containerPath(of: #"F:\unknown"#) == nil)
        var drive = ContentLayout()
        drive.addSiteContent([#"D:\Sites\Api"#, #"D:\"#], under: #"C:\inetpub\site-y"#)
        #expect(drive.folders.map(\.destination) == ["content"])
        #expect(drive.containerPath(of: #"D:\Sites\Api"#) == #"C:\inetpub\site-y\content\Sites\Api"#)
    }

    @Test func serviceFoldersKeepPlainCPaths() {
        var layout = ContentLayout()
        #expect(layout.addServiceFolder(#"C:\Program Files (x86)\Zabbix Agent"#).containerPath
                == #"C:\Program Files (x86)\Zabbix Agent"#)
        #expect(layout.addServiceFolder(#"D:\Services\Resizer"#).containerPath == #"C:\app\Resizer"#)
        #expect(layout.addServiceFolder(#"C:\Windows\System32"#).containerPath == #"C:\app\System32"#)
        #expect(layout.addServiceFolder(#"C:\Program Files\it's"#).containerPath == #"C:\app\it-s"#)
        #expect(layout.addServiceFolder(#"C:\a\..\Windows"#).containerPath == #"C:\app\Windows"#)
        #expect(layout.addServiceFolder(#"d:\services\RESIZER"#).destination == "Resizer")
        #expect(layout.addMount(#"\\fs\share\media"#).containerPath == #"C:\mounts\media"#)
        #expect(layout.addMount(#"\\fs2\other\media"#).containerPath == #"C:\mounts\media-2"#)
    }

    @Test func serviceCommandLinesAreRelocated() {
        #expect(ServiceProgram(commandLine: #""C:\Program Files\Z\z.exe" --config "C:\Program Files\Z\z.conf""#).folder
                == #"C:\Program Files\Z"#)
        #expect(ServiceProgram(commandLine: #"D:\Svc\a.exe -k"#).path == #"D:\Svc\a.exe"#)
        #expect(ServiceProgram(commandLine: "svc.exe").folder == nil)
        #expect(ServiceProgram.relocate(#"D:\Svc\a.exe --data d:\svc\data"#, from: #"D:\Svc"#, to: #"C:\app\Svc"#)
                == #"C:\app\Svc\a.exe --data C:\app\Svc\data"#)
    }

    @Test func execFormEscapesJSON() {
        #expect(ExecForm.array([#"C:\ServiceMonitor.exe"#, "w3svc"]) == #"["C:\\ServiceMonitor.exe", "w3svc"]"#)
        #expect(ExecForm.string("a\"b\n") == #""a\"b\u000A""#)
    }

    @Test func imageReferencesKeepOnlyReferenceCharacters() {
        #expect(DockerfileRenderer.imageReference("mcr.microsoft.com/windows/servercore:ltsc2025\nRUN evil")
                == "mcr.microsoft.com/windows/servercore:ltsc2025RUNevil")
    }
}
