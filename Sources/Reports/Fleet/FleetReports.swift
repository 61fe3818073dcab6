/// Writes the fleet summary files: `fleet.html`, `fleet.md` and `fleet.json`.
enum FleetReports {
    static func write(_ summary: FleetSummary, into directory: StagedDirectory) throws(CheckFailure) {
        let files: [(name: String, text: String)]
        do {
            files = [
                ("fleet.html", try FleetHTML.render(summary)),
                ("fleet.md", FleetMarkdown.render(summary)),
                ("fleet.json", try JSONOutput.string(summary)),
            ]
        } catch {
            throw .internalError("cannot render the fleet summary: \(error)")
        }
        do {
            for file in files { try directory.write(file.text, to: file.name) }
        } catch {
            throw .input([error.description])
        }
    }
}
