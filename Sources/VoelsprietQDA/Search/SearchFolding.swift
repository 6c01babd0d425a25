import Foundation

// Character classes and folding for search tokens, on Unicode scalars. ASCII is handled inline;
// other scalars go through the Unicode properties of the standard library and, for Latin letters
// with diacritics, a table built once from their compatibility decomposition (NFKD, Unicode
// Standard Annex #15) with the combining marks dropped.

/// How the tokenizer treats one scalar.
enum SearchScalarClass: UInt8 {
    /// A letter or digit (General_Category L* or N*).
    case word
    /// A combining mark (M*): part of the word it follows.
    case mark
    /// An apostrophe (' ’ ʼ): keeps "don't", "zo'n" together when letters are on both sides.
    case apostrophe
    /// Invisible joiners (soft hyphen, ZWJ, ZWNJ): keep a word together, dropped from its forms.
    case joiner
    /// Everything else separates tokens (spaces, punctuation, hyphens, symbols, emoji).
    case separator
}

enum SearchFolding {
    @inline(__always)
    static func classify(_ s: Unicode.Scalar) -> SearchScalarClass {
        let v = s.value
        if v < 0x80 {
            if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A { return .word }
            if v >= 0x30 && v <= 0x39 { return .word }
            return v == 0x27 ? .apostrophe : .separator
        }
        return classifyNonASCII(s)
    }

    private static func classifyNonASCII(_ s: Unicode.Scalar) -> SearchScalarClass {
        switch s.value {
        case 0x2019, 0x02BC: return .apostrophe
        case 0x00AD, 0x200C, 0x200D: return .joiner
        default: break
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return .word
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        default:
            return .separator
        }
    }

    /// Appends the lowercase form of `s` (one or more scalars).
    @inline(__always)
    static func appendLowercase(_ s: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        let v = s.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : s)
            return
        }
        let mapping = s.properties.lowercaseMapping
        if mapping.unicodeScalars.count == 1, mapping.unicodeScalars.first == s {
            out.append(s)
        } else {
            out.append(contentsOf: mapping.unicodeScalars)
        }
    }

    /// Appends the folded form of a lowercase scalar: diacritics removed ("ë" → "e", "é" → "e"),
    /// a few letters spelled out ("ß" → "ss", "æ" → "ae", "ĳ" → "ij", "ø" → "o"), other decimal
    /// digits as ASCII digits, combining marks dropped; anything else unchanged.
    @inline(__always)
    static func appendFolded(_ s: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        if s.value < 0x80 {
            out.append(s)
            return
        }
        appendFoldedNonASCII(s, to: &out)
    }

    private static func appendFoldedNonASCII(_ s: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        if let folded = latinFolds[s.value] {
            out.append(contentsOf: folded)
            return
        }
        let properties = s.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return
        case .decimalNumber:
            if let value = properties.numericValue, value >= 0, value <= 9,
               let digit = Unicode.Scalar(UInt32(0x30 + Int(value))) {
                out.append(digit)
                return
            }
        default:
            break
        }
        out.append(s)
    }

    /// Letters without a decomposition that readers still see as a base letter with a mark, or
    /// as two letters.
    private static let spelledOut: [UInt32: String] = [
        0xDF: "ss", 0xE6: "ae", 0x153: "oe", 0xF8: "o", 0x111: "d", 0xF0: "d", 0xFE: "th", 0x142: "l",
        0x131: "i", 0x140: "l", 0x127: "h", 0x167: "t", 0x1E9E: "ss",
    ]

    /// Fold table for Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional:
    /// NFKD without combining marks, kept when that leaves only ASCII letters and digits.
    private static let latinFolds: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        let ranges: [ClosedRange<UInt32>] = [0x80...0x24F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                if let spelled = spelledOut[value] {
                    table[value] = Array(spelled.unicodeScalars)
                    continue
                }
                let decomposed = String(Character(scalar)).decomposedStringWithCompatibilityMapping
                let base = decomposed.unicodeScalars.filter { !isMark($0) }
                let ascii = !base.isEmpty && base.allSatisfy { $0.isASCII && classify($0) == .word }
                if ascii { table[value] = base.map { asciiLower($0) } }
            }
        }
        for (value, spelled) in spelledOut { table[value] = Array(spelled.unicodeScalars) }
        return table
    }()

    private static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func asciiLower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(UInt8(s.value + 0x20)) : s
    }
}
