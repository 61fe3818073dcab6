import Foundation

/// A .NET Framework version such as "4.7.2", "3.5" or "v2.0.50727", compared component by component.
struct FrameworkVersion: Comparable, CustomStringConvertible {
    /// The common language runtime a version runs on, which decides the image it needs.
    enum Runtime {
        /// 1.0 and 1.1: not supported in containers.
        case clr1
        /// 2.0, 3.0 and 3.5: .NET Framework 3.5 (NetFx3).
        case clr2
        /// 4.x.
        case clr4
    }

    let components: [Int]
    let description: String

    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.hasPrefix("v") || trimmed.hasPrefix("V") ? String(trimmed.dropFirst()) : trimmed
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? -1) >= 0 }) else { return nil }
        components = parts.compactMap { $0 }
        description = digits
    }

    init(components: [Int]) {
        self.components = components
        description = components.map(String.init).joined(separator: ".")
    }

    var runtime: Runtime {
        switch components[0] {
        case ..<2: .clr1
        case 2...3: .clr2
        default: .clr4
        }
    }

    static func < (lhs: FrameworkVersion, rhs: FrameworkVersion) -> Bool {
        let count = max(lhs.components.count, rhs.components.count)
        let left = lhs.components + Array(repeating: 0, count: count - lhs.components.count)
        let right = rhs.components + Array(repeating: 0, count: count - rhs.components.count)
        return left.lexicographicallyPrecedes(right)
    }

    static func == (lhs: FrameworkVersion, rhs: FrameworkVersion) -> Bool {
        !(lhs < rhs) && !(rhs < lhs)
    }
}
