import Foundation
import Testing

@Suite struct InventoryCommandTests {
    @Test func versionAndHelp() throws {
        let version = try CommandRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        let help = try CommandRunner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("inventory"))
        #expect(help.stdout.contains("Exit codes: 0 success"))
    }

    @Test func missingCaptureIsAnInputError() throws {
        let result = try CommandRunner.run(["inventory", "no/such/capture"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such/capture"))
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try CommandRunner.run(["inventory", "examples/captures/intranet-aspnet48", "--format", "yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("yaml"))
    }

    @Test func refusesToWriteInsideTheCapture() throws {
        let capture = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(["inventory", capture.path, "--output", capture.appendingPathComponent("x.json").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("it is inside the capture, which is never modified"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: capture.path).isEmpty)
    }

    @Test(arguments: ["intranet-aspnet48", "multi-site-webfarm", "orders-service-msmq"])
    func examplesGiveIdenticalOutputTwice(name: String) throws {
        let out = try CommandRunner.temporaryDirectory()
        for format in ["json", "xml", "text"] {
            let first = out.appendingPathComponent("1.\(format)")
            let second = out.appendingPathComponent("2.\(format)")
            let capture = "examples/captures/\(name)"
            #expect(try CommandRunner.run(["inventory", capture, "--format", format, "-o", first.path]).status == 0)
            #expect(try CommandRunner.run(["inventory", capture, "--format", format, "-o", second.path]).status == 0)
            #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        }
    }
}
