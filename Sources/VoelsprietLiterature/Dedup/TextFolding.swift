// Folding of bibliographic text for matching: markup decoded, accents and case removed, every
// run of non-alphanumeric characters turned into one space. Shared by titles, author names and
// journal names.

import Foundation

enum TextFolding {
    /// Greek letters spelled out, so "TNF-α" and "TNF-alpha" fold to the same text.
    static let greek: [Unicode.Scalar: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
        "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "µ": "mu",
        "ν": "nu", "ξ": "xi", "ο": "omicron", "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "sigma",
        "τ": "tau", "υ": "upsilon", "φ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
        // Letters that diacritic folding leaves alone but other databases spell out.
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]

    /// Lowercased, diacritic-free text of letters and digits separated by single spaces.
    /// `&` (also as the entity `&amp;`) becomes "and"; apostrophes are dropped, so
    /// "Schmiedeberg's" folds to "schmiedebergs". Most text takes a fast path (`foldFast`: one
    /// pass over the bytes, no Foundation); the rest `foldGeneral`.
    static func fold(_ text: String) -> String {
        if let fast = text.utf8.withContiguousStorageIfAvailable({ foldFast($0) }), let fast {
            return String(decoding: fast, as: UTF8.self)
        }
        return foldGeneral(text)
    }

    /// `fold` step by step: entities, tags, LaTeX, Foundation's diacritic and case folding,
    /// then the ASCII loop or, for text still holding non-ASCII letters, the scalar loop.
    static func foldGeneral(_ text: String) -> String {
        var s = text
        if s.utf8.contains(UInt8(ascii: "&")) { s = HTMLEntities.decode(s) }
        if s.utf8.contains(UInt8(ascii: "<")) { s = stripTags(s) }
        if s.utf8.contains(UInt8(ascii: "\\")) { s = LaTeXFolding.decode(s) }
        if s.utf8.contains(where: { $0 >= 0x80 }) {
            s = s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            if s.utf8.contains(where: { $0 >= 0x80 }) { return foldScalars(s) }
        }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for byte in s.utf8 {
            switch byte {
            case 0x61...0x7A, 0x30...0x39, 0x41...0x5A:
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            case UInt8(ascii: "&"):
                if !out.isEmpty { out.append(0x20) }
                out.append(contentsOf: [0x61, 0x6E, 0x64])   // "and"
                pendingSpace = true
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            default:
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The general path of `fold` for text that still holds non-ASCII letters after diacritic
    /// folding (Greek, ß, æ, CJK): scalar by scalar.
    private static func foldScalars(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func emit(_ scalars: String.UnicodeScalarView) {
            if pendingSpace, !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(contentsOf: scalars)
        }
        for scalar in s.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                if v >= 0x61 && v <= 0x7A || v >= 0x30 && v <= 0x39 {
                    emit(String.UnicodeScalarView([scalar]))
                } else if v >= 0x41 && v <= 0x5A {
                    emit(String.UnicodeScalarView([Unicode.Scalar(v + 0x20)!]))
                } else if scalar == "&" {
                    pendingSpace = true; emit("and".unicodeScalars); pendingSpace = true
                } else if scalar != "'" && scalar != "`" {
                    pendingSpace = true
                }
                continue
            }
            if scalar == "\u{2019}" { continue }   // typographic apostrophe
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let name = greek[lower.first!] {
                emit(name.unicodeScalars)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                emit(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// Removes HTML/XML tags such as `<i>`, `</sup>`, `<br/>` (a `<` followed by letters or `/`).
    static func stripTags(_ text: String) -> String {
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "<", let close = text[index...].prefix(40).firstIndex(of: ">") {
                let inner = text[text.index(after: index)..<close]
                if let first = inner.first, first.isLetter || first == "/" {
                    out.append(" ")
                    index = text.index(after: close)
                    continue
                }
            }
            out.append(character)
            index = text.index(after: index)
        }
        return out
    }
}

extension TextFolding {
    /// Whether `text` contains `needle`, comparing UTF-8 bytes (no Foundation bridging; for
    /// the lowercase ASCII needles of the hot paths).
    static func contains(_ text: String, _ needle: String) -> Bool {
        let haystack = Array(text.utf8), pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return pattern.isEmpty }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if haystack[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }

    /// `text` without leading and trailing ASCII whitespace.
    static func trimmed(_ text: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let start = text.firstIndex { !isSpace($0) } ?? text.endIndex
        let end = text.lastIndex { !isSpace($0) }.map { text.index(after: $0) } ?? start
        return text[start..<max(start, end)]
    }
}
