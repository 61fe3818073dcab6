import Foundation

/// Reads a plain list of DISM feature names separated by semicolons, as Image2Docker keeps the features
/// of a default Windows Server image ("NetFx4ServerFeatures;NetFx4;…"). Every name listed is installed.
enum FeatureNameList {
    /// True when the text is at least two feature names (letters, digits, `.`, `-`, `_`) separated by
    /// semicolons, and nothing else.
    static func recognizes(_ text: Substring) -> Bool {
        let names = text.split(whereSeparator: { $0 == ";" || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return text.contains(";") && names.count >= 2 && names.allSatisfy(isFeatureName)
    }

    /// The features in `lines`, the text of `file`.
    static func read(_ lines: [String], file: CaptureFile) -> ReadResult<[WindowsFeature]> {
        var features: [WindowsFeature] = []
        for (index, line) in lines.enumerated() {
            for name in line.split(separator: ";") {
                let trimmed = name.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else { continue }
                features.append(WindowsFeature(
                    name: trimmed, installed: true, naming: .dism, source: file.location(line: index + 1)))
            }
        }
        return ReadResult(value: features)
    }

    /// Letters, digits, `.`, `-` and `_`, starting with a letter or digit.
    private static func isFeatureName(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLetter || first.isNumber else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }
}
