import Foundation
import Testing
@testable import VoelsprietQDA

// Stems in the expected strings are snowballstemmer 3.1.1's (e.g. dutch "sources" → "source",
// "table" → "tabl", "kinderen" → "kinder"; english "o'reilly's" → "o'reilli", apostrophe dropped).
@Suite("Search query parsing and database expressions")
struct SearchQueryTests {
    private func expressions(_ input: String, _ language: StemLanguage = .dutch) -> (fts: String, pg: String) {
        let query = SearchQuery.parse(input, language: language)
        return (query.ftsMatchExpression, query.postgresTSQuery)
    }

    @Test("words, phrase, prefix and exclusion")
    func structure() {
        let query = SearchQuery.parse("kinderen \"huiselijk geweld\" hulp* -school -\"op straat\"", language: .dutch)
        #expect(query.required.map(\.words) == [
            [SearchQueryWord(value: "kinder", isPrefix: false)],
            [SearchQueryWord(value: "huiselijk", isPrefix: false), SearchQueryWord(value: "wel", isPrefix: false)],
            [SearchQueryWord(value: "hulp", isPrefix: true)],
        ])
        #expect(query.required.map(\.source) == ["kinderen", "huiselijk geweld", "hulp*"])
        #expect(query.excluded.map { $0.words.map(\.value) } == [["school"], ["op", "straat"]])
        #expect(query.ftsMatchExpression == "\"kinder\" AND \"huiselijk wel\" AND \"hulp\"*")
        #expect(query.postgresTSQuery == "kinder & (huiselijk <-> wel) & hulp:*")
    }

    @Test("a hyphenated word is a phrase of its parts; a starred phrase ends in a prefix")
    func splitChunks() {
        let hyphen = expressions("hulp-verlening")
        #expect(hyphen.fts == "\"hulp verleen\"")
        #expect(hyphen.pg == "(hulp <-> verleen)")
        let starred = expressions("\"covid-19\"*")
        #expect(starred.fts == "\"covid 19\"*")
        #expect(starred.pg == "(covid <-> 19:*)")
    }

    @Test("prefixes are folded but not stemmed")
    func prefixNotStemmed() {
        let e = expressions("Geëmotioneerd* ERVARINGEN*")
        #expect(e.fts == "\"geemotioneerd\"* AND \"ervaringen\"*")
        #expect(e.pg == "geemotioneerd:* & ervaringen:*")
    }

    @Test("hostile input stays well-formed", arguments: [
        ("foo\" OR bar*", "\"foo\" AND \"or bar\"", "foo & (or <-> bar)"),
        ("NEAR(a b)", "\"near a\" AND \"b\"", "(near <-> a) & b"),
        ("a:b & c | !d", "\"a b\" AND \"c\" AND \"d\"", "(a <-> b) & c & d"),
        ("\\'; DROP TABLE sources; --", "\"drop\" AND \"tabl\" AND \"source\"", "drop & tabl & source"),
        ("x:* y\\* (z)", "\"x\"* AND \"y\"* AND \"z\"", "x:* & y:* & z"),
        ("\"\"\" a\"\"b \"", "\"a\" AND \"b\"", "a & b"),
        ("'quoted' \"\"", "\"quoted\"", "quoted"),
        ("αβγ*", "\"zu0003b10003b20003b3\"*", "zu0003b10003b20003b3:*"),
    ])
    func hostile(input: String, fts: String, pg: String) {
        let e = expressions(input)
        #expect(e.fts == fts)
        #expect(e.pg == pg)
    }

    @Test("English stems; apostrophes never reach the expression")
    func english() {
        let e = expressions("O'Reilly's \"generously dying\"", .english)
        #expect(e.fts == "\"oreilli\" AND \"generous die\"")
        #expect(e.pg == "oreilli & (generous <-> die)")
    }

    @Test("no usable terms gives an empty query, not an error", arguments: [
        "", "   ", "!!! ??", "***", "-", "- -", "\"\"", "-uitgesloten", "-\"alleen dit\"", "😀 — …",
    ])
    func empty(input: String) {
        let query = SearchQuery.parse(input, language: .dutch)
        #expect(query.isEmpty)
        #expect(query.ftsMatchExpression == "")
        #expect(query.postgresTSQuery == "")
        #expect(PhraseSearch.hits(in: "alleen dit en uitgesloten", query: query).isEmpty)
    }

    @Test("exclusions are parsed but left out of both expressions")
    func exclusionsNotInExpressions() {
        let query = SearchQuery.parse("-school kinderen", language: .dutch)
        #expect(query.excluded.count == 1)
        #expect(query.ftsMatchExpression == "\"kinder\"")
        #expect(query.postgresTSQuery == "kinder")
    }

    @Test("every expression token is [a-z0-9] whatever is typed")
    func onlySafeCharacters() {
        let inputs = ["\"a\\\"b\" c'd e\u{0000}f", "NOT a OR b AND c", "x^y{z}[w] @v #u $t %s", "-\"unclosed * : &"]
        for input in inputs {
            let query = SearchQuery.parse(input, language: .english)
            for word in query.required.flatMap(\.words) + query.excluded.flatMap(\.words) {
                #expect(!word.value.isEmpty)
                #expect(word.value.unicodeScalars.allSatisfy(TokenForms.isIndexASCII), "\(word.value)")
            }
        }
    }

    @Test("the number of terms is capped")
    func termCap() {
        let input = (0..<100).map { "w\($0)" }.joined(separator: " ")
        let query = SearchQuery.parse(input, language: .english)
        #expect(query.required.count == SearchQuery.maxTerms)
        let phrase = SearchQuery.parse("\"" + input + "\"", language: .english)
        #expect(phrase.required.count == 1)
        #expect(phrase.required.first?.words.count == SearchQuery.maxWordsPerTerm)
    }
}
