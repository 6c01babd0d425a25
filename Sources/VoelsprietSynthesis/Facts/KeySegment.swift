import Foundation

/// Turns a name (a code, a database, a group) into one key segment: lower case, accents
/// folded, anything but letters and digits as `_`, no dots.
public enum KeySegment {
    public static func make(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        var out = ""
        var lastUnderscore = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar), scalar.isASCII {
                out.unicodeScalars.append(scalar)
                lastUnderscore = false
            } else if !lastUnderscore, !out.isEmpty {
                out.append("_")
                lastUnderscore = true
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }
}
