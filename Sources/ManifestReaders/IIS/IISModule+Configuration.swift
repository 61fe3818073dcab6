extension IISModule {
    /// A `globalModules`, `modules` or `httpModules` entry: `<add name=…>` or
    /// `<remove name=…>`; nil for anything else (such as `<clear/>`) or an entry without a name.
    init?(entry node: XMLNode, file: CaptureFile) {
        guard node.name == "add" || node.name == "remove", let name = node.attribute("name") else { return nil }
        self.init(
            name: name, image: node.attribute("image"), type: node.attribute("type"),
            preCondition: node.attribute("preCondition"), removed: node.name == "remove",
            source: file.location(line: node.line))
    }
}
