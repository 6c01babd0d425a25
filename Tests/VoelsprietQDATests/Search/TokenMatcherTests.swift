import Foundation
import Testing
import VoelsprietTestTraits
@testable import VoelsprietQDA

// PhraseSearch skips most tokens with a cheap test before stemming (TokenMatcher.swift). These
// tests compare it with the plain way: stem every token and compare.
@Suite("Token matcher agrees with stemming every token")
struct TokenMatcherTests {
    /// All fixture words of a language, some capitalised, as one text.
    private func fixtureText(_ language: StemLanguage) throws -> String {
        let words = try SearchFixtures.stems(language.rawValue).stems.keys.sorted()
        return words.enumerated().map { $0.offset % 3 == 0 ? $0.element.capitalized : $0.element }.joined(separator: " ")
    }

    @Test("every token matches its own stem", arguments: [StemLanguage.dutch, .english])
    func ownStem(language: StemLanguage) throws {
        let text = try fixtureText(language)
        let tokens = SearchTokenizer.tokens(in: text, language: language)
        var matcher = TokenMatcher(text: text, language: language)
        #expect(matcher.count == tokens.count)
        var rejected: [String] = []
        for (k, token) in tokens.enumerated() {
            let word = PreparedWord(SearchQueryWord(value: token.stem, isPrefix: false))
            if !matcher.matches(k, word) { rejected.append("\(token.normalised) → \(token.stem)") }
        }
        #expect(rejected.isEmpty, "\(rejected.prefix(20))")
    }

    @Test("hits equal the brute-force token scan", arguments: [StemLanguage.dutch, .english])
    func bruteForce(language: StemLanguage) throws {
        let text = try fixtureText(language)
        let tokens = SearchTokenizer.tokens(in: text, language: language)
        // One matcher for all queries (as PhraseSearch.hits makes per text), so its memo is warm.
        var matcher = TokenMatcher(text: text, language: language)
        let stems = Array(Set(tokens.map(\.stem))).sorted()
        for stem in stride(from: 0, to: stems.count, by: 101).map({ stems[$0] }) {
            let expected = tokens.filter { $0.stem == stem }.map(\.range)
            let found = PhraseSearch.occurrences(of: term(stem, prefix: false), in: &matcher, firstOnly: false)
            #expect(found == expected, "\(stem)")
        }
        let keys = tokens.map { $0.normalised.filter { $0 != "'" } }
        let prefixes = Set(keys.map { String($0.prefix(3)) }).sorted()
        for prefix in stride(from: 0, to: prefixes.count, by: 15).map({ prefixes[$0] })
        where prefix.unicodeScalars.allSatisfy(TokenForms.isIndexASCII) {
            let expected = tokens.indices.filter {
                tokens[$0].stem.hasPrefix(prefix) || keys[$0].hasPrefix(prefix)
            }.map { tokens[$0].range }
            let found = PhraseSearch.occurrences(of: term(prefix, prefix: true), in: &matcher, firstOnly: false)
            #expect(found == expected, "\(prefix)*")
        }
    }

    @Test("two-word phrases equal the brute-force scan", .ownThread)
    func phrases() throws {
        let text = try fixtureText(.dutch)
        let tokens = SearchTokenizer.tokens(in: text, language: .dutch)
        for k in stride(from: 0, to: tokens.count - 1, by: 211) {
            let a = tokens[k].stem, b = tokens[k + 1].stem
            let query = SearchQuery.parse("\"\(tokens[k].normalised) \(tokens[k + 1].normalised)\"", language: .dutch)
            let expected = (0..<(tokens.count - 1))
                .filter { tokens[$0].stem == a && tokens[$0 + 1].stem == b }
                .map { ScalarRange(start: tokens[$0].range.start, end: tokens[$0 + 1].range.end) }
            #expect(PhraseSearch.hits(in: text, query: query).map(\.range) == expected, "\(a) \(b)")
        }
    }

    private func term(_ value: String, prefix: Bool) -> SearchQueryTerm {
        SearchQueryTerm(words: [SearchQueryWord(value: value, isPrefix: prefix)], source: value)
    }
}
