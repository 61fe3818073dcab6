import Foundation

/// A check's `when` that selects nodes inside single workloads: `/assessment/workloads/workload`,
/// then predicates and steps that neither look at positions nor leave the workload. Run on each
/// workload in turn as `self::workload…`, it selects the same nodes in the same order (the workloads'
/// subtrees do not overlap and follow one another in document order).
///
/// Why: a whole-document query walks every workload, and the assessment document of 10,000 sites
/// is about 1 GB of libxml2 nodes, far larger than the CPU caches; running every such check on one
/// workload before going on to the next reads each workload's nodes from memory once instead of
/// once per check.
///
/// The test is on the text and errs on the safe side: a query it does not recognise runs over the
/// whole document as before. The text must be one location path (steps and predicates, nothing
/// after a predicate or a step but `/` or `[`: `…/@port[1]-1` is a number); it may not hold `|`,
/// `..`, a variable, a scalar outside string literals that is not ASCII, the functions
/// `position()`, `last()` and `id()`, an axis that can leave a subtree (`parent`, `ancestor`,
/// `preceding`, `following`, their `-sibling` and `-or-self` forms, `namespace`), or a predicate on
/// the workload step that could be a number (a number predicate tests the position,
/// `workload[2]`). A query that fails on some workload is run again over the whole document, so
/// its error is the one the whole-document query gives.
struct WorkloadLocalQuery: Equatable {
    /// The workloads: the context nodes of `relative`.
    static let workloads = "/assessment/workloads/workload"

    /// The query for one workload as the context node.
    let relative: String

    private static let forbiddenFunctions: Set<String> = ["position", "last", "id"]
    private static let forbiddenAxes: Set<String> = [
        "parent", "ancestor", "ancestor-or-self", "preceding", "preceding-sibling", "following", "following-sibling",
        "namespace",
    ]
    /// Functions that return a boolean: a predicate that is a call of one of them is not positional.
    private static let booleanFunctions: Set<String> = ["not", "boolean", "contains", "starts-with", "true", "false", "lang"]

    /// The workload-local form of `expression`, nil when it is not one.
    init?(_ expression: String) {
        let trimmed = expression.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix(Self.workloads) else { return nil }
        let rest = trimmed.dropFirst(Self.workloads.count)
        let tokens = XPathTokens(rest)
        guard tokens.isWellFormed, tokens.isPath, !tokens.hasNonASCII, !tokens.hasUnion, !tokens.hasParentStep,
            !tokens.hasVariable,
            tokens.functions.isDisjoint(with: Self.forbiddenFunctions), tokens.axes.isDisjoint(with: Self.forbiddenAxes),
            tokens.leadingPredicates.allSatisfy(Self.isBoolean)
        else { return nil }
        relative = "self::workload" + rest
    }

    /// Whether a predicate's value is a boolean or a node-set (never a number): a comparison or
    /// `and`/`or` at its top level, a call of a boolean function, or a location path.
    private static func isBoolean(_ predicate: XPathTokens.Predicate) -> Bool {
        if predicate.hasTopLevelComparison { return true }
        if let function = predicate.leadingFunction { return booleanFunctions.contains(function) }
        return predicate.isLocationPath
    }
}
