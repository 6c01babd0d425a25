// Finding a researcher's terms in a text: whole words, case- and diacritic-insensitive, longest
// first, multiword terms across any run of whitespace (a line break included).
import Foundation

/// A text folded for matching, with the original scalar offset of each folded scalar.
///
/// Folding is done per scalar: ASCII letters lowercased directly, other scalars through
/// Foundation's case- and diacritic-insensitive folding (so "É" → "e", "Ö" → "o"), combining
/// marks dropped (so a decomposed "e\u{301}" folds like "é"). Because combining marks vanish,
/// a match's original range extends over the marks that follow its last letter.
struct FoldedText {
    let scalars: [Unicode.Scalar]
    /// origin[k] = original scalar offset of folded scalar k.
    let origin: [Int]
    let originalCount: Int

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = [], origin: [Int] = []
        var cache: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        var count = 0
        for (i, s) in text.unicodeScalars.enumerated() {
            count += 1
            if s.isASCII {
                scalars.append(s.value >= 65 && s.value <= 90 ? Unicode.Scalar(s.value + 32) ?? s : s)
                origin.append(i)
                continue
            }
            let folded = cache[s] ?? FoldedText.fold(s)
            cache[s] = folded
            for f in folded {
                scalars.append(f)
                origin.append(i)
            }
        }
        self.scalars = scalars
        self.origin = origin
        self.originalCount = count
    }

    static func fold(_ s: Unicode.Scalar) -> [Unicode.Scalar] {
        if isMark(s) { return [] }
        let folded = String(Character(s)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.unicodeScalars.filter { !isMark($0) }
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    static func isWord(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default: return false
        }
    }

    /// The original range of folded range [start, end).
    func originalRange(_ start: Int, _ end: Int) -> ScalarRange {
        ScalarRange(start: origin[start], end: end < origin.count ? origin[end] : originalCount)
    }
}

/// A term as a folding pattern: its folded scalars, whitespace runs as one " " (matching any
/// run of one or more whitespace scalars in the text).
struct TermPattern {
    let scalars: [Unicode.Scalar]

    init(_ term: String) {
        var out: [Unicode.Scalar] = []
        for s in FoldedText(term).scalars {
            if s.properties.isWhitespace {
                if let last = out.last, last != " " { out.append(" ") }
            } else {
                out.append(s)
            }
        }
        if out.last == " " { out.removeLast() }
        scalars = out
    }

    /// The normalised key: folded, lowercase, single spaces.
    var key: String { String(String.UnicodeScalarView(scalars)) }

    /// The folded end of a match starting at `start`, or nil.
    func match(in text: FoldedText, at start: Int) -> Int? {
        let t = text.scalars
        var i = start
        for p in scalars {
            if p == " " {
                guard i < t.count, t[i].properties.isWhitespace else { return nil }
                while i < t.count, t[i].properties.isWhitespace { i += 1 }
            } else {
                guard i < t.count, t[i] == p else { return nil }
                i += 1
            }
        }
        return isBoundary(text, start: start, end: i) ? i : nil
    }

    /// Whole words: no word character just outside the match (checked only where the term itself
    /// begins or ends with one), and no scalar split in two by folding ("ß" → "ss").
    private func isBoundary(_ text: FoldedText, start: Int, end: Int) -> Bool {
        let t = text.scalars, o = text.origin
        if start > 0 {
            if o[start - 1] == o[start] { return false }
            if let first = scalars.first, FoldedText.isWord(first), FoldedText.isWord(t[start - 1]) { return false }
        }
        if end < t.count {
            if end > 0, o[end - 1] == o[end] { return false }
            if let last = scalars.last, FoldedText.isWord(last), FoldedText.isWord(t[end]) { return false }
        }
        return true
    }
}

enum TermMatcher {
    /// Non-overlapping matches of the patterns, longest pattern first (ties in the given order),
    /// as (original range, pattern index), sorted by position.
    static func matches(of patterns: [TermPattern], in text: FoldedText) -> [(range: ScalarRange, pattern: Int)] {
        let order = patterns.indices.sorted { patterns[$0].scalars.count > patterns[$1].scalars.count || (patterns[$0].scalars.count == patterns[$1].scalars.count && $0 < $1) }
        var covered = [Bool](repeating: false, count: text.scalars.count)
        var found: [(range: ScalarRange, pattern: Int)] = []
        for index in order {
            let pattern = patterns[index]
            guard let first = pattern.scalars.first else { continue }
            var start = 0
            while start < text.scalars.count {
                guard text.scalars[start] == first, !covered[start], let end = pattern.match(in: text, at: start),
                    !covered[start..<end].contains(true)
                else {
                    start += 1
                    continue
                }
                for k in start..<end { covered[k] = true }
                found.append((text.originalRange(start, end), index))
                start = end
            }
        }
        return found.sorted { $0.range.start < $1.range.start }
    }
}
