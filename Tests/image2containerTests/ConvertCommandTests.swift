import Foundation
import Testing

/// `convert` and `report` end to end: the files written, byte-identical runs, refusal of a non-empty
/// output, nothing half written on failure, content copied from --content-root, and re-rendering.
@Suite struct ConvertCommandTests {
    static let date = ["--as-of", "2026-11-23"]

    /// Every file under `directory`, relative path → bytes.
    static func tree(_ directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = directory.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) ?? .init() {
            if try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
                files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
            }
        }
        return files
    }

    static func convert(_ capture: String, to output: URL, _ extra: [String] = []) throws -> CommandRunner.Result {
        try CommandRunner.run(["convert", "examples/captures/\(capture)", "--output", output.path, "--fail-on", "never"] + date + extra)
    }

    @Test(arguments: ["intranet-aspnet48", "multi-site-webfarm", "orders-service-msmq"])
    func writesTheSameFilesTwice(capture: String) throws {
        let first = try CommandRunner.temporaryDirectory().appendingPathComponent("out")
        let second = try CommandRunner.temporaryDirectory().appendingPathComponent("out")
        #expect(try Self.convert(capture, to: first).status == 0)
        #expect(try Self.convert(capture, to: second).status == 0)
        let files = try Self.tree(first)
        #expect(files == (try Self.tree(second)))
        for report in ["assessment.json", "findings.json", "findings.sarif", "junit.xml", "report.html", "report.md"] {
            #expect(files[report] != nil, "\(capture): \(report)")
        }
        let dockerfiles = files.keys.filter { $0.hasSuffix("/Dockerfile") }.sorted()
        #expect(dockerfiles == Self.expectedDockerfiles[capture])
    }

    static let expectedDockerfiles: [String: [String]] = [
        "intranet-aspnet48": ["service-zabbix-agent/Dockerfile", "site-contoso-intranet/Dockerfile", "site-default-web-site/Dockerfile"],
        "multi-site-webfarm": [
            "service-fabrikamimageresizer/Dockerfile", "service-splunkforwarder/Dockerfile", "site-default-web-site/Dockerfile",
            "site-fabrikam-api/Dockerfile", "site-fabrikam-marketing/Dockerfile", "site-fabrikam-shop/Dockerfile",
            "site-legacy-reports/Dockerfile",
        ],
        "orders-service-msmq": [],
    ]

    @Test func refusesANonEmptyOutputUnlessForced() throws {
        let output = try CommandRunner.temporaryDirectory()
        try "keep".write(to: output.appendingPathComponent("existing.txt"), atomically: true, encoding: .utf8)
        let refused = try Self.convert("intranet-aspnet48", to: output)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is not empty"))
        #expect(try Self.tree(output).keys.sorted() == ["existing.txt"])
        #expect(try Self.convert("intranet-aspnet48", to: output, ["--force"]).status == 0)
        #expect(try Self.tree(output)["existing.txt"] == nil)
    }

    @Test func aFailureLeavesNothingBehind() throws {
        let parent = try CommandRunner.temporaryDirectory()
        let output = parent.appendingPathComponent("out")
        let result = try Self.convert("intranet-aspnet48", to: output, ["--workload", "no-such-site"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--workload 'no-such-site' matches no workload"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == [])
    }

    @Test func selectsWorkloadsBySiteAppAndCopiesContent() throws {
        let root = try CommandRunner.temporaryDirectory()
        let site = root.appendingPathComponent("C/inetpub/contoso-intranet")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try "<h1>Intranet</h1>".write(to: site.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.temporaryDirectory().appendingPathComponent("out")
        let result = try Self.convert("intranet-aspnet48", to: output,
                                      ["--workload", "Contoso Intranet/reports", "--content-root", root.path])
        #expect(result.status == 0)
        let files = try Self.tree(output)
        #expect(files.keys.filter { $0.hasSuffix("/Dockerfile") }.sorted() == ["site-contoso-intranet/Dockerfile"])
        let copied = files.keys.filter { $0.hasPrefix("site-contoso-intranet/content/") && $0.hasSuffix("/index.html") }
        #expect(copied.count == 1)
        #expect(copied.first.flatMap { files[$0] } == Data("<h1>Intranet</h1>".utf8))
    }

    @Test func reportReRendersTheSameFilesFromAssessmentJSON() throws {
        let output = try CommandRunner.temporaryDirectory().appendingPathComponent("out")
        #expect(try Self.convert("multi-site-webfarm", to: output).status == 0)
        let before = try Self.tree(output)
        for name in ["findings.json", "findings.sarif", "junit.xml", "report.md", "report.html"] {
            try FileManager.default.removeItem(at: output.appendingPathComponent(name))
        }
        #expect(try CommandRunner.run(["report", output.appendingPathComponent("assessment.json").path]).status == 0)
        #expect(try Self.tree(output) == before)
    }
}
