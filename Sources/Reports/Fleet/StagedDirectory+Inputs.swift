import Foundation

extension StagedDirectory {
    /// Starts writing `destination` as `begin(_:force:capture:)` does (refusing one inside
    /// `capture`), and also refuses a destination that is or holds one of `inputs`, which replacing
    /// it with `--force` would delete.
    static func begin(_ destination: URL, force: Bool, capture: URL?, inputs: [URL]) throws(CheckFailure) -> StagedDirectory {
        let target = destination.standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs {
            let path = input.standardizedFileURL.resolvingSymlinksInPath().path
            if path == target || path.hasPrefix(target.hasSuffix("/") ? target : target + "/") {
                throw .input(["\(destination.path) holds the input \(input.path); choose another output directory"])
            }
        }
        do {
            return try begin(destination, force: force, capture: capture)
        } catch {
            throw .input([error.description])
        }
    }

    /// Puts the staged directory in place, or removes it when `body` fails.
    func commit(after body: () throws(CheckFailure) -> Void) throws(CheckFailure) {
        do {
            try body()
        } catch {
            discard()
            throw error
        }
        do {
            try commit()
        } catch {
            throw .input([error.description])
        }
    }
}
