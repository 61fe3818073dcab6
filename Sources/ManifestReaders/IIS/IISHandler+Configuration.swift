extension IISHandler {
    /// A `handlers` or `httpHandlers` entry: `<add …>` or `<remove …>`; nil for anything else
    /// (such as `<clear/>`). `httpHandlers` entries have no name; they are named by their `path`.
    init?(entry node: XMLNode, file: CaptureFile) {
        guard node.name == "add" || node.name == "remove" else { return nil }
        self.init(
            name: node.attribute("name") ?? node.attribute("path") ?? "", path: node.attribute("path"),
            verb: node.attribute("verb"), type: node.attribute("type"), modules: node.attribute("modules"),
            scriptProcessor: node.attribute("scriptProcessor"), preCondition: node.attribute("preCondition"),
            removed: node.name == "remove", source: file.location(line: node.line))
    }
}
