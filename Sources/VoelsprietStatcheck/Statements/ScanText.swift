/// A line prepared for recognising statements: markup that does not change the meaning
/// (LaTeX `$` and braces, Markdown `*`, `_` and backticks) removed, LaTeX commands (`\chi`,
/// `\leq`, …) and Unicode variants (minus sign, en dash, non-breaking spaces, Greek capital chi)
/// replaced by plain characters. Every scanned scalar remembers its position in the original line,
/// so statements can be quoted as written.
struct ScanText {
    /// The normalised scalars.
    let scalars: [Unicode.Scalar]
    /// For each normalised scalar, the index of the original scalar it came from.
    let origins: [Int]
    /// The original line.
    let original: [Unicode.Scalar]

    init(_ line: String) {
        let original = Array(line.unicodeScalars)
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        scalars.reserveCapacity(original.count)
        origins.reserveCapacity(original.count)
        var i = 0
        while i < original.count {
            let s = original[i]
            if s == "\\" {
                let (replacement, length) = Self.latexCommand(original, at: i)
                if let replacement {
                    scalars.append(replacement)
                    origins.append(i)
                }
                i += length
                continue
            }
            if let mapped = Self.map(s) {
                scalars.append(mapped)
                origins.append(i)
            }
            i += 1
        }
        self.scalars = scalars
        self.origins = origins
        self.original = original
    }

    var count: Int { scalars.count }

    /// The original text of the normalised range `range`.
    func originalText(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= origins.count else { return "" }
        let start = origins[range.lowerBound], end = origins[range.upperBound - 1] + 1
        var view = String.UnicodeScalarView()
        view.append(contentsOf: original[start..<end])
        return String(view)
    }

    /// 1-based column in the original line of normalised index `index`.
    func column(of index: Int) -> Int {
        index < origins.count ? origins[index] + 1 : original.count + 1
    }

    /// The scalar that stands for `s` in the scan, or nil to drop it.
    private static func map(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x24, 0x2A, 0x7B, 0x7D, 0x60, 0x5F: return nil  // $ * { } ` _
        case 0x200B, 0xFEFF, 0x00AD, 0x2060: return nil  // zero-width space, BOM, soft hyphen, word joiner
        case 0x2212, 0x2013, 0x2011, 0x2010: return "-"  // minus sign, en dash, non-breaking hyphen, hyphen
        case 0x00A0, 0x2002...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x09: return " "
        case 0x03A7: return "X"  // Greek capital chi looks like X
        case 0xFF1D: return "="
        default: return s
        }
    }

    /// A LaTeX command at `i` (the backslash): its replacement (nil to drop) and its length.
    private static func latexCommand(_ s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar?, Int) {
        var j = i + 1
        while j < s.count, j - i <= 12, s[j].properties.isAlphabetic, s[j].isASCII { j += 1 }
        if j == i + 1 {
            // \, \; \: \! and "\ " are spaces; \% \$ \_ stand for the character itself.
            guard j < s.count else { return (nil, 1) }
            switch s[j] {
            case ",", ";", ":", "!", " ": return (" ", 2)
            case "%": return ("%", 2)
            default: return (nil, 2)
            }
        }
        let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
        return (latexReplacements[name] ?? nil, j - i)
    }

    private static let latexReplacements: [String: Unicode.Scalar?] = [
        "chi": "χ", "le": "≤", "leq": "≤", "leqslant": "≤", "ge": "≥", "geq": "≥", "geqslant": "≥",
        "lt": "<", "gt": ">", "times": "×", "cdot": "×", "approx": "≈", "eta": "η", "omega": "ω",
        "quad": " ", "qquad": " ",
    ]
}

extension Unicode.Scalar {
    /// A letter (any script) or a decimal digit.
    var isWordCharacter: Bool {
        isLetter || ("0"..."9").contains(self)
    }

    /// A letter of any script (ASCII decided without the Unicode property tables).
    var isLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return properties.isAlphabetic
    }

    var isDigit: Bool { ("0"..."9").contains(self) }
}
