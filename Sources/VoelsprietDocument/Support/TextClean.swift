/// What every writer does to text before escaping it: characters that XML 1.0 forbids, other
/// control characters and the bidirectional controls (marks, embeddings, overrides, isolates,
/// which could reorder what a reader sees) are removed; line breaks and tabs become spaces.
enum TextClean {
    static func inline(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                out.append(" ")
            } else if !isRemoved(scalar) {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0xFFFE, 0xFFFF: true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
