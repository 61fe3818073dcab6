import Foundation
import Reports
import Testing

/// A small PowerShell tokenizer for the tests: it finds the parts of a script PowerShell never runs
/// (the contents of single-quoted string literals, and comments) and decodes the string
/// expressions the generator writes (`'text'`, `('text' + [char]0x000A + 'more')`).
struct PowerShellTokens {
    /// The characters PowerShell takes for a single quote, the typographic ones included.
    static let quotes: Set<Character> = ["'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}"]

    let characters: [Character]
    /// Contents of single-quoted literals (doubled quotes included), as offsets into `characters`.
    private(set) var literals: [Range<Int>] = []
    /// Line and block comments.
    private(set) var comments: [Range<Int>] = []

    init(_ script: String) {
        characters = Array(script)
        let count = characters.count
        var index = 0
        while index < count {
            let character = characters[index]
            if Self.quotes.contains(character) {
                let start = index + 1
                index += 1
                while index < count {
                    if Self.quotes.contains(characters[index]) {
                        if index + 1 < count, Self.quotes.contains(characters[index + 1]) {
                            index += 2
                            continue
                        }
                        break
                    }
                    index += 1
                }
                literals.append(start..<min(index, count))
                index += 1
            } else if character == "\"" {
                index += 1
                while index < count, characters[index] != "\"" { index += characters[index] == "`" ? 2 : 1 }
                index += 1
            } else if character == "<", index + 1 < count, characters[index + 1] == "#" {
                let start = index
                while index + 1 < count, !(characters[index] == "#" && characters[index + 1] == ">") { index += 1 }
                index += 2
                comments.append(start..<min(index, count))
            } else if character == "#" {
                let start = index
                while index < count, !characters[index].isNewline { index += 1 }
                comments.append(start..<index)
            } else {
                index += character == "`" ? 2 : 1
            }
        }
    }

    /// The offsets where `needle` occurs.
    func occurrences(of needle: String) -> [Range<Int>] {
        let target = Array(needle)
        guard !target.isEmpty, characters.count >= target.count else { return [] }
        return (0...(characters.count - target.count)).filter { start in
            characters[start..<(start + target.count)].elementsEqual(target)
        }.map { $0..<($0 + target.count) }
    }

    /// True when `range` lies inside one literal or one comment.
    func isInert(_ range: Range<Int>) -> Bool {
        (literals + comments).contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
    }

    /// The string a generated string expression evaluates to, or nil when it is not one.
    static func decode(_ expression: String) -> String? {
        var text = Substring(expression)
        if text.hasPrefix("("), text.hasSuffix(")") { text = text.dropFirst().dropLast() }
        var units: [UInt16] = []
        while true {
            text = text.drop { $0 == " " }
            if text.first == "'" {
                text = text.dropFirst()
                var literal = ""
                while let character = text.first {
                    text = text.dropFirst()
                    if character == "'" {
                        guard text.first == "'" else { break }
                        text = text.dropFirst()
                    }
                    literal.append(character)
                }
                units += literal.utf16
            } else if text.hasPrefix("[char]0x") {
                let digits = text.dropFirst(8).prefix { $0.isHexDigit }
                guard let unit = UInt16(digits, radix: 16) else { return nil }
                units.append(unit)
                text = text.dropFirst(8 + digits.count)
            } else {
                return nil
            }
            text = text.drop { $0 == " " }
            if text.isEmpty { return String(decoding: units, as: UTF16.self) }
            guard text.first == "+" else { return nil }
            text = text.dropFirst()
        }
    }
}

/// `examples/hostile-capture` attacks the generator with site, pool, application, binding, module,
/// account and service names and paths that try to become commands or escape the context. The
/// generated files hold them only in single-quoted PowerShell literals and one-line comments.
@Suite struct HostileCaptureTests {
    /// Pieces of the hostile values that must never be code.
    static let needles = [
        #"Remove-Item C:\ -Recurse"#, "Stop-Computer", "Invoke-Expression", "RUN evil", "$(evil)", "; evil",
        "evil.exe", "svc`tick",
    ]

    static func contexts() throws -> [BuildContext] {
        let capture = DockerfileFixture.hostileCapture
        return try DockerfileFixture.contexts(capture) + DockerfileFixture.contexts(capture, split: .perServer)
            + DockerfileFixture.contexts(capture, options: DockerfileOptions(logMonitor: true))
    }

    @Test func theHostileCaptureMakesEveryKindOfWorkload() throws {
        let ids = try DockerfileFixture.contexts(DockerfileFixture.hostileCapture).map(\.workloadID)
        #expect(ids.count == 7)
        #expect(ids.filter { $0.hasPrefix("site-") }.count == 4 && ids.filter { $0.hasPrefix("service-") }.count == 3)
    }

    @Test func scriptsHoldHostileTextOnlyInLiteralsAndComments() throws {
        var found: Set<String> = []
        for context in try Self.contexts() {
            for file in context.files where file.path.hasSuffix(".ps1") {
                #expect(file.contents.unicodeScalars.allSatisfy { $0 == "\n" || (0x20...0x7E).contains($0.value) },
                        "\(context.workloadID)/\(file.path) is not plain printable ASCII")
                let tokens = PowerShellTokens(file.contents)
                for needle in Self.needles {
                    for range in tokens.occurrences(of: needle) {
                        found.insert(needle)
                        #expect(tokens.isInert(range), "\(context.workloadID)/\(file.path): '\(needle)' outside a literal")
                    }
                }
            }
        }
        #expect(found == Set(Self.needles), "every hostile piece reaches some script, quoted")
    }

    @Test func dockerfilesHoldHostileTextOnlyInComments() throws {
        let contexts = try Self.contexts()
        for context in contexts {
            let dockerfile = try #require(context.file("Dockerfile")).contents
            for line in dockerfile.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.drop { $0 == " " }
                #expect(!trimmed.hasPrefix("RUN evil"))
                if Self.needles.contains(where: { line.contains($0) }) {
                    #expect(line.hasPrefix("#"), "\(context.workloadID): \(line)")
                }
            }
            #expect(dockerfile.unicodeScalars.allSatisfy { $0 == "\n" || (0x20...0x7E).contains($0.value) })
        }
        let parsed = try DockerfileFixture.parse(DockerfileFixture.writeDockerfiles(contexts))
        for instructions in parsed {
            #expect(Set(instructions.map(\.cmd)).isSubset(of: ["FROM", "SHELL", "COPY", "RUN", "EXPOSE", "HEALTHCHECK", "ENTRYPOINT"]))
            for instruction in instructions where instruction.cmd != "COPY" {
                #expect(!instruction.value.joined().contains("evil"), "\(instruction)")
            }
            for copy in instructions where copy.cmd == "COPY" {
                #expect(copy.value.allSatisfy { !$0.contains("..") && !$0.contains("$") && !$0.contains("'") && !$0.contains("`") })
            }
        }
    }

    @Test func textFilesKeepEachValueOnItsLine() throws {
        for context in try Self.contexts() {
            for file in context.files where !file.path.hasSuffix(".ps1") && file.path != "Dockerfile" {
                for line in file.contents.split(separator: "\n") {
                    #expect(!line.drop { $0 == " " }.hasPrefix("RUN evil"), "\(context.workloadID)/\(file.path)")
                    #expect(!line.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\t" })
                    #expect(!line.contains("\u{2028}") && !line.contains("\u{2029}"))
                }
            }
        }
    }

    @Test func contentStaysInsideTheContextAndTheContainerFolders() throws {
        for context in try Self.contexts() {
            let manifest = try #require(context.file("content-manifest.txt")).contents
            for line in manifest.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t").map(String.init)
                let destination = try #require(fields.dropFirst().first)
                #expect(destination.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-/".contains($0)) })
                #expect(!destination.split(separator: "/").contains { $0.allSatisfy { $0 == "." } })
                let container = try #require(fields.last)
                #expect(container.hasPrefix(#"C:\inetpub\"#) || container.hasPrefix(#"C:\app\"#), "\(container)")
                #expect(!container.split(separator: "\\").contains { $0.allSatisfy { $0 == "." } })
            }
        }
    }

    @Test func theFakePasswordNeverAppears() throws {
        for context in try Self.contexts() {
            #expect(!context.files.contains { $0.contents.contains("FAKE-Hostile-Pwd-2222") })
        }
    }

    @Test func hostileNamesAreKeptExactlyInTheirLiterals() throws {
        let context = try #require(try DockerfileFixture.contexts(DockerfileFixture.hostileCapture)
            .first { $0.workloadID == "site-smart-remove-item-c-recurse-run-evil" })
        let script = try #require(context.file("setup/configure-iis.ps1")).contents
        let line = try #require(script.split(separator: "\n").first { $0.hasPrefix("$site.Name = ") })
        #expect(PowerShellTokens.decode(String(line.dropFirst("$site.Name = ".count)))
                == "Smart\u{2019}; Remove-Item C:\\ -Recurse; \u{2018}\u{2028}RUN evil \u{0451}")
    }
}
