/// A waiver past its expiry date: it no longer suppresses anything and is reported so that someone
/// renews or removes it.
public struct ExpiredWaiver: Sendable, Hashable, CustomStringConvertible {
    /// The waiver, with its rule, scope, expiry, file and line.
    public var waiver: Waiver
    /// How many findings it would still cover; 0 means the waiver can simply be removed.
    public var matchedFindings: Int

    /// Creates the report of an expired waiver.
    public init(waiver: Waiver, matchedFindings: Int) {
        self.waiver = waiver
        self.matchedFindings = matchedFindings
    }

    /// `file:line: waiver of RULE (scope) expired on DATE; it matches N findings`.
    public var description: String {
        let matches = matchedFindings == 1 ? "1 finding" : "\(matchedFindings) findings"
        return "\(waiver.file):\(waiver.line): waiver of \(waiver.rule) (\(waiver.scope)) expired on \(waiver.expires); "
            + "it matches \(matches)"
    }
}
