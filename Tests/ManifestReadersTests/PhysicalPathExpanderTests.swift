import Testing

@testable import ManifestReaders

@Suite struct PhysicalPathExpanderTests {
    typealias Expansion = PhysicalPathExpander.Expansion

    @Test(arguments: [
        (#"%SystemDrive%\inetpub\wwwroot"#, Expansion(path: #"C:\inetpub\wwwroot"#, kind: .drive, drive: "C")),
        (#"%systemdrive%\inetpub\wwwroot"#, Expansion(path: #"C:\inetpub\wwwroot"#, kind: .drive, drive: "C")),
        (#"%SystemRoot%\System32\inetsrv"#, Expansion(path: #"C:\Windows\System32\inetsrv"#, kind: .drive, drive: "C")),
        (#"%WINDIR%\Temp"#, Expansion(path: #"C:\Windows\Temp"#, kind: .drive, drive: "C")),
        (#"%ProgramFiles%\IIS\Asp.Net Core Module\V2"#, Expansion(path: #"C:\Program Files\IIS\Asp.Net Core Module\V2"#, kind: .drive, drive: "C")),
        (#"%ProgramFiles(x86)%\App"#, Expansion(path: #"C:\Program Files (x86)\App"#, kind: .drive, drive: "C")),
        (#"%ProgramData%\Site"#, Expansion(path: #"C:\ProgramData\Site"#, kind: .drive, drive: "C")),
        (#"d:\resources\web"#, Expansion(path: #"d:\resources\web"#, kind: .drive, drive: "D")),
        (#"\\fileserver\share\site"#, Expansion(path: #"\\fileserver\share\site"#, kind: .unc, drive: nil)),
        (#"%CURRENT_WATTSPATH%\Common"#, Expansion(path: #"%CURRENT_WATTSPATH%\Common"#, kind: .unresolved, drive: nil)),
        (#"%IIS_SITES_HOME%\WebSite1"#, Expansion(path: #"%IIS_SITES_HOME%\WebSite1"#, kind: .unresolved, drive: nil)),
        (#"%SystemDrive%\%APP_HOME%\web"#, Expansion(path: #"C:\%APP_HOME%\web"#, kind: .unresolved, drive: nil)),
        ("relative\\folder", Expansion(path: "relative\\folder", kind: .other, drive: nil)),
        ("", Expansion(path: "", kind: .other, drive: nil)),
        (#"C:\100%\site"#, Expansion(path: #"C:\100%\site"#, kind: .drive, drive: "C")),
    ])
    func expandsKnownVariablesAndClassifies(raw: String, expected: Expansion) {
        #expect(PhysicalPathExpander.expand(raw) == expected)
    }
}
