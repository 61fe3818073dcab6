import Foundation

/// The start tags at the beginning of a file (its `InputSample`), to recognise IIS and ASP.NET
/// configuration files by content. Comments, processing instructions, CDATA sections, DOCTYPE
/// declarations and end tags are skipped.
struct ConfigurationSample {
    /// One start tag: the element's local name and the tag's text.
    struct StartTag {
        var name: String
        var text: Substring
    }

    /// Start tags in document order.
    let startTags: [StartTag]

    init(_ sample: InputSample) {
        var tags: [StartTag] = []
        // Nothing but white space may come before an XML document's first tag: a .reg export or a
        // CSV list is turned down here instead of being searched for tags to the end of its sample.
        guard sample.trimmedStart.first == "<" else {
            startTags = []
            return
        }
        var rest = Substring(sample.text)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[open...]
            let skipTo: String? =
                if rest.hasPrefix("<!--") { "-->" }
                else if rest.hasPrefix("<![CDATA[") { "]]>" }
                else if rest.hasPrefix("<?") { "?>" }
                else if rest.hasPrefix("<!") { Self.doctypeEnd(rest) }
                else if rest.hasPrefix("</") { ">" }
                else { nil }
            if let skipTo {
                guard let end = rest.range(of: skipTo) else { break }
                rest = rest[end.upperBound...]
                continue
            }
            let text = rest[..<(rest.firstIndex(of: ">") ?? rest.endIndex)]
            let qualified = text.dropFirst().prefix { !$0.isWhitespace && $0 != "/" && $0 != ">" }
            tags.append(StartTag(name: String(qualified.split(separator: ":").last ?? qualified), text: text))
            rest = rest.dropFirst()
        }
        startTags = tags
    }

    /// The root element's local name.
    var rootName: String? { startTags.first?.name }

    /// True when an element named `name` starts in the sample.
    func contains(_ name: String) -> Bool {
        startTags.contains { $0.name == name }
    }

    /// True when the sample holds a `<system.applicationHost>` element or declares that section
    /// group in `<configSections>` (which can be long enough to push the element itself past the
    /// sample).
    var hasApplicationHostSection: Bool {
        startTags.contains { tag in
            tag.name == "system.applicationHost"
                || (tag.name == "sectionGroup" && tag.text.contains("\"system.applicationHost\""))
        }
    }

    /// The end of a `<!…>` declaration: "]>" when it has an internal subset, else ">".
    private static func doctypeEnd(_ text: Substring) -> String {
        guard let bracket = text.firstIndex(of: "["), let close = text.firstIndex(of: ">"), bracket < close else {
            return ">"
        }
        return "]>"
    }
}
