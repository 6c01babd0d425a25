// Pseudonymisation on import: the researcher's terms are replaced by numbered placeholders in the
// transcript before anything is stored, so the original text never reaches storage.
import Foundation

/// Replaces names, places and organisations in a transcript by placeholders (`[NAAM1]`,
/// `[PLAATS2]`, `[ORGANISATIE1]`).
///
/// Matching: whole words (Unicode letters and digits are word characters), case- and
/// diacritic-insensitive ("José" matches "jose"), the longest term first ("Jan de Vries" before
/// "Jan"), a multiword term matching across any run of whitespace (a line break included).
/// Replaced everywhere in the transcript: text, speaker names, warnings; speaker-turn ranges are
/// moved to the new text (a turn edge inside a replaced term moves to the placeholder's edge).
///
/// Numbering is per kind and consistent across a study's sources: pass the placeholders assigned
/// so far keyed by `key(for:)`, and any other placeholders already in use; new terms get the next
/// free numbers in order of first occurrence.
public struct Pseudonymiser: Sendable {
    public var terms: [PseudonymTerm]
    public var language: PlaceholderLanguage

    public init(terms: [PseudonymTerm], language: PlaceholderLanguage = .dutch) {
        self.terms = terms
        self.language = language
    }

    /// The normalised form of a term that numbering is keyed by: case and diacritics folded,
    /// whitespace runs as one space, trimmed. It is still the term: store only a keyed hash.
    public static func key(for term: PseudonymTerm) -> String { key(for: term.text) }

    public static func key(for text: String) -> String { TermPattern(text).key }

    /// The pseudonymised transcript.
    /// - Parameters:
    ///   - assigned: key → placeholder for terms numbered before (in other sources of the study).
    ///   - reservedPlaceholders: every other placeholder already used in the study, so new
    ///     numbers do not collide with them.
    public func apply(
        to transcript: Transcript, assigned: [String: String] = [:], reservedPlaceholders: Set<String> = []
    ) -> PseudonymisationResult {
        var state = Assignments(terms: terms, language: language, assigned: assigned, reserved: reservedPlaceholders)
        let (text, edits) = state.replace(in: transcript.text, counting: true)
        let map = OffsetMap(edits)
        var out = transcript
        out.text = text
        out.turns = transcript.turns.map { turn in
            var t = turn
            t.range = ScalarRange(start: map.newStart(turn.range.start), end: map.newEnd(turn.range.end))
            t.speaker = turn.speaker.map { state.replace(in: $0, counting: false).text }
            return t
        }
        out.warnings = transcript.warnings.map { state.replace(in: $0, counting: false).text }
        return state.result(out)
    }
}

/// The working state of one `apply`: the distinct terms (by key), their placeholders and counts.
private struct Assignments {
    let language: PlaceholderLanguage
    var patterns: [TermPattern] = []
    var kinds: [PseudonymKind] = []
    var typed: [[String]] = []
    var placeholder: [String: String]
    var fresh: [String: String] = [:]
    var next: [PseudonymKind: Int] = [:]
    var counts: [Int] = []
    var order: [Int] = []

    init(terms: [PseudonymTerm], language: PlaceholderLanguage, assigned: [String: String], reserved: Set<String>) {
        self.language = language
        self.placeholder = assigned
        var index: [String: Int] = [:]
        for term in terms {
            let pattern = TermPattern(term.text)
            guard !pattern.scalars.isEmpty else { continue }
            if let k = index[pattern.key] {
                if !typed[k].contains(term.text) { typed[k].append(term.text) }
                continue
            }
            index[pattern.key] = patterns.count
            patterns.append(pattern)
            kinds.append(term.kind)
            typed.append([term.text])
        }
        counts = Array(repeating: 0, count: patterns.count)
        let used = Set(assigned.values).union(reserved)
        for kind in PseudonymKind.allCases {
            next[kind] = (used.compactMap { Self.number(of: $0, kind: kind) }.max() ?? 0) + 1
        }
    }

    /// The number in "[NAAM3]" / "[NAME3]" for that kind, else nil.
    static func number(of placeholder: String, kind: PseudonymKind) -> Int? {
        guard placeholder.hasPrefix("["), placeholder.hasSuffix("]") else { return nil }
        let inner = placeholder.dropFirst().dropLast()
        let digits = inner.reversed().prefix(while: { $0.isASCII && $0.isNumber })
        let stem = inner.dropLast(digits.count)
        guard !digits.isEmpty, PlaceholderLanguage.allCases.contains(where: { kind.stem($0) == stem }) else { return nil }
        return Int(String(digits.reversed()))
    }

    mutating func placeholder(forPattern i: Int) -> String {
        let key = patterns[i].key
        if !order.contains(i) { order.append(i) }
        if let p = placeholder[key] { return p }
        let kind = kinds[i], n = next[kind] ?? 1
        next[kind] = n + 1
        let p = kind.placeholder(n, language: language)
        placeholder[key] = p
        fresh[key] = p
        return p
    }

    /// The text with every match replaced, and the edits (original range, new range) in order.
    mutating func replace(in text: String, counting: Bool) -> (text: String, edits: [(ScalarRange, ScalarRange)]) {
        let folded = FoldedText(text)
        let found = TermMatcher.matches(of: patterns, in: folded)
        guard !found.isEmpty else { return (text, []) }
        let scalars = Array(text.unicodeScalars)
        // Scalars are appended one at a time: repeated UnicodeScalarView.append(contentsOf:)
        // measured quadratic over thousands of matches (6 s for 1 MB, release build).
        var out = String()
        out.reserveCapacity(text.utf8.count)
        var edits: [(ScalarRange, ScalarRange)] = []
        var last = 0, newOffset = 0
        for (range, i) in found {
            for s in scalars[last..<range.start] { out.unicodeScalars.append(s) }
            newOffset += range.start - last
            let p = placeholder(forPattern: i)
            if counting { counts[i] += 1 }
            let length = p.unicodeScalars.count
            out += p
            edits.append((range, ScalarRange(start: newOffset, end: newOffset + length)))
            newOffset += length
            last = range.end
        }
        for s in scalars[last...] { out.unicodeScalars.append(s) }
        return (out, edits)
    }

    func result(_ transcript: Transcript) -> PseudonymisationResult {
        var byPlaceholder: [String: Int] = [:]
        var replacements: [PseudonymReplacement] = []
        for i in order {
            let p = placeholder[patterns[i].key] ?? ""
            if let k = byPlaceholder[p] {
                replacements[k].count += counts[i]
                replacements[k].terms += typed[i]
            } else {
                byPlaceholder[p] = replacements.count
                replacements.append(PseudonymReplacement(placeholder: p, kind: kinds[i], count: counts[i], terms: typed[i]))
            }
        }
        let unmatched = patterns.indices.filter { !order.contains($0) }.flatMap { typed[$0] }
        return PseudonymisationResult(
            transcript: transcript, replacements: replacements, newAssignments: fresh, unmatchedTerms: unmatched)
    }
}

/// Maps offsets of the original text to the pseudonymised one, given the sorted edits.
private struct OffsetMap {
    let edits: [(old: ScalarRange, new: ScalarRange)]
    /// delta[k] = change in offset caused by edits before k.
    let delta: [Int]

    init(_ edits: [(ScalarRange, ScalarRange)]) {
        self.edits = edits.map { (old: $0.0, new: $0.1) }
        var d = [0]
        for e in edits { d.append(d[d.count - 1] + e.1.length - e.0.length) }
        delta = d
    }

    /// Index of the first edit whose old range ends after `p`.
    private func firstEnding(after p: Int) -> Int {
        var lo = 0, hi = edits.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if edits[mid].old.end <= p { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func newStart(_ p: Int) -> Int {
        let k = firstEnding(after: p)
        if k < edits.count, edits[k].old.start < p { return edits[k].new.start }
        return p + delta[k]
    }

    func newEnd(_ p: Int) -> Int {
        let k = firstEnding(after: p)
        if k < edits.count, edits[k].old.start < p { return edits[k].new.end }
        return p + delta[k]
    }
}
