import Foundation

/// A stretch of text that matched a keyword, for the screening page to wrap in `<mark>`.
public struct KeywordHighlight: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case include, exclude }
    /// The matched text in the original string (from the start of the first matched word to
    /// the end of the last).
    public let range: Range<String.Index>
    public let kind: Kind
    /// The keyword as given.
    public let keyword: String
}

/// Finds include and exclude keywords in titles and abstracts.
///
/// Matching is case-insensitive and diacritics-insensitive ("cliënt" matches "client") and
/// works on whole words: a keyword is a sequence of words, each matched against one word of
/// the text, with anything that is not a letter or digit between words (so "well-being" also
/// matches "well being"). A trailing `*` on a keyword word makes it a prefix ("abus*" matches
/// abuse, abusive). Overlapping matches are resolved left to right, the longer match first;
/// on an exact tie an exclude keyword wins, as a warning matters more than a hint.
public struct KeywordHighlighter: Sendable {
    struct Pattern: Sendable {
        var words: [(text: String, prefix: Bool)]
        var kind: KeywordHighlight.Kind
        var keyword: String
    }

    let patterns: [Pattern]

    public init(include: [String], exclude: [String]) {
        patterns = exclude.compactMap { Self.pattern($0, .exclude) } + include.compactMap { Self.pattern($0, .include) }
    }

    /// Non-overlapping highlights in text order.
    public func highlights(in text: String) -> [KeywordHighlight] {
        let words = Self.words(text)
        var candidates: [(start: Int, end: Int, pattern: Int)] = []
        for (p, pattern) in patterns.enumerated() where !pattern.words.isEmpty {
            let m = pattern.words.count
            guard words.count >= m else { continue }
            for start in 0...(words.count - m) {
                let matches = (0..<m).allSatisfy { k in
                    let want = pattern.words[k]
                    return want.prefix ? words[start + k].folded.hasPrefix(want.text) : words[start + k].folded == want.text
                }
                if matches { candidates.append((start, start + m - 1, p)) }
            }
        }
        // Left to right, longer first, then pattern order (exclude patterns come first).
        candidates.sort { ($0.start, $1.end, $0.pattern) < ($1.start, $0.end, $1.pattern) }
        var result: [KeywordHighlight] = []
        var nextFree = 0
        for candidate in candidates where candidate.start >= nextFree {
            let pattern = patterns[candidate.pattern]
            let range = words[candidate.start].range.lowerBound..<words[candidate.end].range.upperBound
            result.append(KeywordHighlight(range: range, kind: pattern.kind, keyword: pattern.keyword))
            nextFree = candidate.end + 1
        }
        return result
    }

    /// Case- and diacritics-folded form used on both sides.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Runs of letters and digits with their ranges in the original text.
    static func words(_ text: String) -> [(range: Range<String.Index>, folded: String)] {
        var words: [(range: Range<String.Index>, folded: String)] = []
        var start: String.Index? = nil
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWord = character.isLetter || character.isNumber
            if isWord && start == nil { start = index }
            if !isWord, let begin = start {
                words.append((begin..<index, fold(String(text[begin..<index]))))
                start = nil
            }
            index = text.index(after: index)
        }
        if let begin = start { words.append((begin..<text.endIndex, fold(String(text[begin...])))) }
        return words
    }

    static func pattern(_ keyword: String, _ kind: KeywordHighlight.Kind) -> Pattern? {
        // Split like the text, but keep a `*` attached to the word before it.
        var pieces: [(text: String, prefix: Bool)] = []
        var current = ""
        for character in keyword {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { pieces.append((fold(current), character == "*")) }
                current = ""
            }
        }
        if !current.isEmpty { pieces.append((fold(current), false)) }
        return pieces.isEmpty ? nil : Pattern(words: pieces, kind: kind, keyword: keyword)
    }
}
