import Foundation
import Testing

@testable import ManifestReaders

@Suite struct SafeXMLReaderTests {
    /// A node as delivered, with its attributes copied while they could be read.
    private struct ReadNode {
        var kind: XMLNode.Kind
        var name: String
        var depth: Int
        var line: Int
        var isEmptyElement: Bool
        var attributes: [XMLAttribute]

        init(_ node: XMLNode) {
            (kind, name, depth, line) = (node.kind, node.name, node.depth, node.line)
            isEmptyElement = node.isEmptyElement
            attributes = node.attributes.all
        }

        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// Every element start a reader delivers, with its diagnostics.
    private func readAll(
        _ file: CaptureFile, limits: InputLimits = .standard
    ) -> (elements: [ReadNode], diagnostics: [Diagnostic]) {
        let reader = SafeXMLReader(file: file, limits: limits)
        var elements: [ReadNode] = []
        while let node = reader.next() {
            if node.kind == .element { elements.append(ReadNode(node)) }
        }
        return (elements, reader.diagnostics)
    }

    private func read(_ text: String) throws -> (elements: [ReadNode], diagnostics: [Diagnostic]) {
        readAll(try Fixtures.temporaryFile(named: "test.xml", text: text))
    }

    private func read(_ bytes: Data) throws -> (elements: [ReadNode], diagnostics: [Diagnostic]) {
        readAll(try Fixtures.temporaryFile(named: "test.xml", bytes: bytes))
    }

    private func doctypeError(line: Int) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: "test.xml", line: line), SafeXMLReader.doctypeMessage)
    }

    @Test func deliversElementsWithAttributesInOrderLinesDepthsAndSynthesisedEnds() throws {
        let reader = SafeXMLReader(
            file: try Fixtures.temporaryFile(
                named: "test.xml", text: "<root>\n  <add b=\"2\" a=\"&amp;1&#65;\"/>\n  <x:item/>\n</root>\n"),
            limits: .standard)
        var nodes: [ReadNode] = []
        var looked: [String?] = []
        while let node = reader.next() {
            nodes.append(ReadNode(node))
            looked.append(node.attribute("a"))
        }
        #expect(nodes.map(\.kind) == [.element, .element, .endElement, .element, .endElement, .endElement])
        #expect(nodes.map(\.name) == ["root", "add", "add", "item", "item", "root"])
        #expect(nodes.map(\.depth) == [0, 1, 1, 1, 1, 0])
        #expect(nodes[1].line == 2)
        #expect(nodes[1].isEmptyElement)
        #expect(!nodes[0].isEmptyElement)
        #expect(nodes[1].attributes == [.init(name: "b", value: "2"), .init(name: "a", value: "&1A")])
        #expect(looked == [nil, "&1A", nil, nil, nil, nil])
        #expect(nodes[3].line == 3)
        // The undeclared `x:` prefix costs nothing but is worth a warning.
        #expect(
            reader.diagnostics == [
                Diagnostic(
                    .warning, SourceLocation(file: "test.xml", line: 3),
                    "XML problem (the file was read anyway): Namespace prefix x on item is not defined")
            ])
    }

    @Test func leavesSecretAttributesOut() throws {
        let result = try read(
            #"<processModel userName="svc" password="[enc:IISWASOnlyAesProvider:abc:enc]" connectionString="pwd=x"/>"#)
        #expect(result.elements.first?.attributes == [.init(name: "userName", value: "svc")])
    }

    @Test func secretAttributesAreNotFoundInAnyCase() throws {
        let reader = SafeXMLReader(
            file: try Fixtures.temporaryFile(
                named: "test.xml", text: #"<add PassWord="a" CONNECTIONSTRING="b" passwords="c" value="d"/>"#),
            limits: .standard)
        let node = try #require(reader.next())
        #expect(node.attribute("PassWord") == nil)
        #expect(node.attribute("CONNECTIONSTRING") == nil)
        #expect(node.attribute("passwords") == "c")
        #expect(node.attribute("value") == "d")
        #expect(node.attributes.all == [.init(name: "passwords", value: "c"), .init(name: "value", value: "d")])
    }

    @Test func attributeValuesComeAsBytesToo() throws {
        let reader = SafeXMLReader(
            file: try Fixtures.temporaryFile(named: "test.xml", text: #"<add n="12" s="&#233;&amp;" e=""/>"#),
            limits: .standard)
        let node = try #require(reader.next())
        #expect(node.attributes.withValue(of: "n") { Array($0) } == Array("12".utf8))
        #expect(node.attributes.withValue(of: "s") { Array($0) } == Array("é&".utf8))
        #expect(node.attributes.withValue(of: "e") { $0.count } == 0)
        #expect(node.attributes.withValue(of: "x") { $0.count } == nil)
    }

    @Test func unprefixedAttributesComeInOnePassWithoutSecrets() throws {
        let reader = SafeXMLReader(
            file: try Fixtures.temporaryFile(
                named: "test.xml",
                text: #"<add xmlns:x="urn:x" PassWord="a" n="12" x:n="13" s="&#233;&amp;" connectionString="b" e=""/>"#),
            limits: .standard)
        let node = try #require(reader.next())
        var seen: [String] = []
        node.attributes.forEachUnprefixed { name, value in
            seen.append(String(decoding: name, as: UTF8.self) + "=" + String(decoding: value, as: UTF8.self))
        }
        #expect(seen == ["n=12", "s=é&", "e="])
    }

    @Test func externalEntityDoesNotLeakTheFileItNames() throws {
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        let secretFile = try Fixtures.temporaryFile(named: "secret.txt", text: secret)
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE configuration [
              <!ENTITY xxe SYSTEM "\(secretFile.url.absoluteString)">
              <!ENTITY xxePath SYSTEM "\(secretFile.url.path)">
            ]>
            <configuration>
              <system.applicationHost>
                <sites>
                  <site name="a&xxe;b" id="1">&xxe;&xxePath;</site>
                  <site name="after" id="2" />
                </sites>
              </system.applicationHost>
            </configuration>
            """
        let file = try Fixtures.temporaryFile(named: "test.xml", text: xml)
        let result = readAll(file)
        #expect(result.diagnostics == [doctypeError(line: 2)])
        #expect(result.elements.map(\.name) == ["configuration", "system.applicationHost", "sites", "site", "site"])
        #expect(result.elements[3].attribute("name") == "ab")
        #expect(result.elements.allSatisfy { $0.attributes.allSatisfy { !$0.value.contains(secret) } })

        let configuration = ApplicationHostConfigReader().read(file)
        let json = String(decoding: try JSONEncoder().encode(configuration.value), as: UTF8.self)
        #expect(!json.contains(secret))
        #expect(configuration.value?.sites.map(\.name) == ["ab", "after"])
        #expect(configuration.diagnostics == [doctypeError(line: 2)])
    }

    @Test func billionLaughsIsNotExpandedAndReadingContinues() throws {
        var entities = #"  <!ENTITY lol "lol">"# + "\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "  <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
            \(entities)]>
            <configuration>
              <system.applicationHost>
                <sites>
                  <site name="&lol9;" id="1"><application path="/">&lol9;</application></site>
                  <site name="Second" id="2" />
                </sites>
              </system.applicationHost>
            </configuration>
            """
        let file = try Fixtures.temporaryFile(named: "test.xml", text: xml)
        let result = readAll(file)
        #expect(result.diagnostics == [doctypeError(line: 2)])
        #expect(result.elements.allSatisfy { $0.attributes.allSatisfy { !$0.value.contains("lol") } })
        let configuration = ApplicationHostConfigReader().read(file)
        #expect(configuration.value?.sites.map(\.name) == ["", "Second"])
        #expect(configuration.value?.sites.first?.applications.map(\.path) == ["/"])
        #expect(configuration.diagnostics == [doctypeError(line: 2)])
    }

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian, .utf16])
    func doctypeInUTF16IsNeutralisedToo(encoding: String.Encoding) throws {
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        let secretFile = try Fixtures.temporaryFile(named: "secret.txt", text: secret)
        let xml = "<!DOCTYPE c [<!ENTITY xxe SYSTEM \"\(secretFile.url.absoluteString)\">]>\n<c v=\"&xxe;\"><d/></c>"
        let result = try read(try #require(xml.data(using: encoding)))
        #expect(result.diagnostics == [doctypeError(line: 1)])
        #expect(result.elements.map(\.name) == ["c", "d"])
        #expect(result.elements[0].attribute("v") == "")
    }

    @Test func prologTricksCannotSmuggleADoctypePastTheCheck() throws {
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        let secretFile = try Fixtures.temporaryFile(named: "secret.txt", text: secret)
        let doctype = "<!DOCTYPE r [<!ENTITY x SYSTEM \"\(secretFile.url.absoluteString)\"><!ENTITY y \"internal\">]>"
        // `<!-->` does not end a comment: the DOCTYPE after the real end is still neutralised.
        let comment = try read("<!--><r>-->\(doctype)\n<r a=\"&x;&y;\"/>")
        #expect(comment.diagnostics == [doctypeError(line: 1)])
        #expect(comment.elements.map(\.name) == ["r"])
        #expect(comment.elements[0].attribute("a") == "")
        // A quoted "?>" in the XML declaration is rejected by libxml2 before anything else is read.
        let declaration = try read("<?xml version=\"1.0\" encoding=\"?><r>\"?>\(doctype)\n<r a=\"&x;&y;\"/>")
        #expect(declaration.elements.isEmpty)
        #expect(declaration.diagnostics.map(\.severity).contains(.error))
        #expect(declaration.diagnostics.allSatisfy { !$0.message.contains(secret) && !$0.message.contains("internal") })
    }

    @Test func externalDTDAndParameterEntitiesAreNeverLoaded() throws {
        let external = try read(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE configuration SYSTEM \"http://127.0.0.1:9/x.dtd\">\n<configuration><a v=\"1\"/></configuration>\n"
        )
        #expect(external.diagnostics == [doctypeError(line: 2)])
        #expect(external.elements.map(\.name) == ["configuration", "a"])

        let parameter = try read(
            "<?xml version=\"1.0\"?>\n<!-- a comment -->\n<!DOCTYPE configuration [\n  <!ENTITY % p SYSTEM \"file:///etc/passwd\">\n  %p;\n  <!-- ]> \" -->\n]>\n<configuration><a v=\"1\"/></configuration>\n"
        )
        #expect(parameter.diagnostics == [doctypeError(line: 3)])
        #expect(parameter.elements.map(\.line) == [8, 8])
    }

    @Test func undeclaredEntityWithoutDoctypeIsAFatalError() throws {
        let result = try read("<configuration>\n<a v=\"&foo;\"/>\n</configuration>\n")
        #expect(
            result.diagnostics == [
                Diagnostic(
                    .error, SourceLocation(file: "test.xml", line: 2),
                    "XML is not well-formed: Entity 'foo' not defined; facts after this point are missing")
            ])
    }

    @Test func truncatedFileKeepsWhatCameBefore() throws {
        let inTag = try read("<configuration>\n  <a x=\"1\"/>\n  <b y=")
        #expect(inTag.elements.map(\.name) == ["configuration", "a"])
        #expect(
            inTag.diagnostics == [
                Diagnostic(
                    .error, SourceLocation(file: "test.xml", line: 3),
                    #"XML is not well-formed: AttValue: " or ' expected; facts after this point are missing"#)
            ])

        let unclosed = try read("<configuration>\n  <a x=\"1\"/>\n  <b y=\"2\">\n")
        #expect(unclosed.elements.map(\.name) == ["configuration", "a", "b"])
        #expect(
            unclosed.diagnostics == [
                Diagnostic(
                    .error, SourceLocation(file: "test.xml", line: 3),
                    "XML is not well-formed: the file ends before <b> (line 3) is closed; facts after this point are missing"
                )
            ])
    }

    @Test func latin1BytesInUTF8AreAnEncodingErrorAfterWhatCameBefore() throws {
        let padding = (1...40).map { "  <add name=\"pool\($0)\" />\n" }.joined()
        var bytes = Data("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n\(padding)".utf8)
        bytes += Data("  <add name=\"caf".utf8) + Data([0xE9]) + Data("\" />\n</configuration>\n".utf8)
        let result = try read(bytes)
        #expect(result.elements.count >= 20)
        #expect(result.elements.allSatisfy { $0.attribute("name")?.hasPrefix("caf") != true })
        #expect(
            result.diagnostics == [
                Diagnostic(
                    .error, SourceLocation(file: "test.xml", line: 43),
                    "XML text is not valid in its encoding: Input is not proper UTF-8, indicate encoding ! Bytes: 0xE9 0x22 0x20 0x2F; facts after this point are missing"
                )
            ])
    }

    @Test(arguments: [
        Data([0xFF, 0xFE]) + "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<c>\n<a v=\"é😀\"/>\n</c>\n".data(using: .utf16LittleEndian)!,
        "<?xml version=\"1.0\"?>\n<c>\n<a v=\"é😀\"/>\n</c>\n".data(using: .utf16LittleEndian)!,
        Data([0xFE, 0xFF]) + "<?xml version=\"1.0\"?>\n<c>\n<a v=\"é😀\"/>\n</c>\n".data(using: .utf16BigEndian)!,
        "<?xml version=\"1.0\"?>\n<c>\n<a v=\"é😀\"/>\n</c>\n".data(using: .utf16BigEndian)!,
        Data([0xEF, 0xBB, 0xBF]) + Data("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<c>\n<a v=\"é😀\"/>\n</c>\n".utf8),
    ])
    func readsUTF16WithOrWithoutBOMAndUTF8WithBOM(bytes: Data) throws {
        let result = try read(bytes)
        #expect(result.diagnostics.isEmpty)
        #expect(result.elements.map(\.name) == ["c", "a"])
        #expect(result.elements.map(\.line) == [2, 3])
        #expect(result.elements.last?.attribute("v") == "é😀")
    }

    @Test func readsDeclaredSingleByteEncodings() throws {
        let latin1 = try read(
            Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<c v=\"caf".utf8) + Data([0xE9]) + Data("\"/>".utf8))
        #expect(latin1.diagnostics.isEmpty)
        #expect(latin1.elements.first?.attribute("v") == "café")
        let windows1252 = try read(
            Data("<?xml version='1.0' encoding='windows-1252'?>\n<c v=\"".utf8) + Data([0x80]) + Data("\"/>".utf8))
        #expect(windows1252.diagnostics.isEmpty)
        #expect(windows1252.elements.first?.attribute("v") == "€")
    }

    @Test func unsupportedDeclaredEncodingIsReadAsUTF8SoNothingHidesInIt() throws {
        let result = try read(
            "<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n+ADw-!DOCTYPE x+AD4-\n<configuration><a v=\"1\"/></configuration>\n")
        #expect(result.elements.isEmpty)
        #expect(
            result.diagnostics == [
                Diagnostic(
                    .warning, SourceLocation(file: "test.xml", line: 1),
                    "the XML declaration names encoding \"UTF-7\", which is not supported or does not match the file's bytes; the file was read as UTF-8"
                ),
                Diagnostic(
                    .error, SourceLocation(file: "test.xml", line: 2),
                    "XML is not well-formed: Document is empty; facts after this point are missing"),
            ])
    }

    @Test(arguments: ["a", " ", "<", "\u{FEFF}", "<?xml version=\"1.0\"?>\n<!-- only a comment -->\n"])
    func filesWithoutARootElementSaySo(text: String) throws {
        let result = try read(text)
        #expect(result.elements.isEmpty)
        #expect(
            result.diagnostics.map(\.message) == ["XML is not well-formed: the file has no root element; nothing was read"])
    }

    @Test func refusesFilesOverTheLimitAndReportsEmptyOrMissingFiles() throws {
        var limits = InputLimits.standard
        limits.maxXMLFileBytes = 10
        let large = readAll(try Fixtures.temporaryFile(named: "test.xml", text: "<configuration/>"), limits: limits)
        #expect(large.elements.isEmpty)
        #expect(
            large.diagnostics == [
                Diagnostic(
                    .error, SourceLocation(file: "test.xml", line: 0),
                    "file is 16 bytes, larger than the 10-byte limit for XML input; it was not read")
            ])

        let empty = try read("")
        #expect(empty.diagnostics == [Diagnostic(.error, SourceLocation(file: "test.xml", line: 0), "the file is empty; it was not read")])

        let missing = readAll(CaptureFile(path: "gone.xml", url: URL(fileURLWithPath: "/nonexistent/gone.xml")))
        #expect(
            missing.diagnostics == [
                Diagnostic(.error, SourceLocation(file: "gone.xml", line: 0), "cannot open the file; it was not read")
            ])
    }
}
