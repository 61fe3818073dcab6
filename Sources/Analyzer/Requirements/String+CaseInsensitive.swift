import Foundation

extension String {
    /// True when both are the same ignoring case, as Windows compares IIS names, feature names,
    /// service names and account names.
    public func caseInsensitiveEquals(_ other: String) -> Bool {
        caseInsensitiveCompare(other) == .orderedSame
    }
}
