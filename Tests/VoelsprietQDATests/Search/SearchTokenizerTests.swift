import Foundation
import Testing
@testable import VoelsprietQDA

@Suite("Search tokenizer")
struct SearchTokenizerTests {
    /// The token texts, sliced out of the text by their scalar ranges.
    private func sliced(_ text: String) -> [String] {
        let index = PositionIndex(text)
        return SearchTokenizer.tokens(in: text, language: .dutch).map { index.substring($0.range) }
    }

    @Test("emoji, apostrophes, hyphens, digits and punctuation")
    func mixedText() {
        let text = "Zo'n gesprek 😀 met één cliënt — don't\nhulp-verlening, e-mail: 3,5 jaar (covid-19) ’s avonds kids' 👍🏽ok"
        let expected = [
            "Zo'n", "gesprek", "met", "één", "cliënt", "don't", "hulp", "verlening", "e", "mail", "3", "5", "jaar",
            "covid", "19", "s", "avonds", "kids", "ok",
        ]
        #expect(sliced(text) == expected)
    }

    @Test("scalar offsets count an emoji (two UTF-16 units) as one")
    func emojiOffsets() {
        let ranges = SearchTokenizer.ranges(in: "A😀b c")
        #expect(ranges == [ScalarRange(start: 0, end: 1), ScalarRange(start: 2, end: 3), ScalarRange(start: 4, end: 5)])
        let family = SearchTokenizer.ranges(in: "a👩‍👩‍👧b")
        #expect(family.count == 2)
        #expect(family.last == ScalarRange(start: 6, end: 7))
    }

    @Test("combining accents stay in their word and are folded away")
    func combiningAccents() {
        let decomposed = "Het kind was ge\u{0065}\u{0308}motioneerd, 😀 e\u{0301}e\u{0301}n keer."
        let tokens = SearchTokenizer.tokens(in: decomposed, language: .dutch)
        let index = PositionIndex(decomposed)
        let word = "ge\u{0065}\u{0308}motioneerd"
        #expect(tokens.map { index.substring($0.range) } == ["Het", "kind", "was", word, "e\u{0301}e\u{0301}n", "keer"])
        #expect(tokens[3].range == ScalarRange(start: 13, end: 27))
        #expect(tokens[3].normalised == "geemotioneerd")
        // Composed (NFC) before stemming, so the stem equals that of the precomposed spelling.
        #expect(tokens[3].stem == "emotioneer")
        #expect(tokens[4].normalised == "een")
        #expect(tokens[4].stem == "een")
    }

    @Test("normalised forms: lowercase, diacritics removed, apostrophes unified")
    func normalisedForms() {
        let tokens = SearchTokenizer.tokens(in: "Geëmotioneerd CAFÉ Straße Ærø zo’n ĳs ٣", language: .dutch)
        #expect(tokens.map(\.normalised) == ["geemotioneerd", "cafe", "strasse", "aero", "zo'n", "ijs", "3"])
        #expect(tokens.map(\.stem) == ["emotioneer", "cafe", "strasse", "aero", "zon", "ijs", "3"])
    }

    @Test("stems of inflected words; Dutch stems before folding, English after")
    func stems() {
        let dutch = SearchTokenizer.tokens(in: "Kinderen, gebeurtenissen; financiële hulpverlening", language: .dutch)
        #expect(dutch.map(\.stem) == ["kinder", "beurtenis", "financieel", "hulpverleen"])
        let english = SearchTokenizer.tokens(in: "Generously dying SKIES résumé O'Reilly's", language: .english)
        #expect(english.map(\.stem) == ["generous", "die", "sky", "resum", "oreilli"])
    }

    @Test("soft hyphen and zero-width joiner keep a word together")
    func joiners() {
        let text = "hulp\u{00AD}verlening a\u{200D}b -x- \u{00AD}y"
        let tokens = SearchTokenizer.tokens(in: text, language: .dutch)
        #expect(tokens.map(\.normalised) == ["hulpverlening", "ab", "x", "y"])
        #expect(tokens[0].range == ScalarRange(start: 0, end: 14))
        #expect(tokens[0].stem == "hulpverleen")
    }

    @Test("letters outside Latin are encoded into [a-z0-9]")
    func encodedTokens() {
        let tokens = SearchTokenizer.tokens(in: "αβγ Привет", language: .dutch)
        #expect(tokens.map(\.normalised) == ["αβγ", "привет"])
        #expect(tokens[0].stem == "zu0003b10003b20003b3")
        #expect(tokens.allSatisfy { $0.stem.unicodeScalars.allSatisfy(TokenForms.isIndexASCII) })
    }

    @Test("hostile input: empty, no words, one huge word")
    func hostile() {
        #expect(SearchTokenizer.tokens(in: "", language: .dutch).isEmpty)
        #expect(SearchTokenizer.tokens(in: "''' --- 😀😀 \u{0301}\u{0301} …", language: .english).isEmpty)
        let huge = String(repeating: "ab", count: 20_000)
        let tokens = SearchTokenizer.tokens(in: huge + " c", language: .dutch)
        #expect(tokens.count == 2)
        #expect(tokens[0].range == ScalarRange(start: 0, end: 40_000))
        #expect(tokens[0].stem.count == TokenForms.maxIndexTokenLength)
    }
}

@Suite("Search index text")
struct SearchIndexTextTests {
    /// What SQLite FTS5's unicode61 tokenizer does with the column: split on everything that is
    /// not a letter or digit, fold case.
    private func unicode61(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber) }.map { $0.lowercased() }
    }

    @Test("re-tokenizes to exactly the tokenizer's stems", arguments: [StemLanguage.dutch, .english])
    func roundTrip(language: StemLanguage) {
        let text = """
        Interviewer: Hoe was dat voor je? — Resp. (Prof8): Zo'n gesprek… ik was geëmotioneerd!
        Ervaringsdeskundige hulpverleners, e-mail, covid-19, 3,5 jaar; don't; αβγ; Ærø ĳs
        She was generously helping; "dying" skies’ news — 👍🏽 end.
        """
        let stems = SearchTokenizer.tokens(in: text, language: language).map(\.stem)
        let indexText = SearchIndexText.make(from: text, language: language)
        #expect(unicode61(indexText) == stems)
        // PostgreSQL's 'simple' parser sees plain ASCII words and numbers separated by single spaces.
        #expect(indexText.unicodeScalars.allSatisfy { TokenForms.isIndexASCII($0) || $0 == " " })
        #expect(indexText.split(separator: " ", omittingEmptySubsequences: false).map(String.init) == stems)
    }

    @Test("fixture words re-tokenize one to one")
    func fixtureWords() throws {
        let words = try SearchFixtures.stems("nl").stems.keys.sorted()
        let text = words.joined(separator: " ")
        let stems = SearchTokenizer.tokens(in: text, language: .dutch).map(\.stem)
        #expect(unicode61(SearchIndexText.make(from: text, language: .dutch)) == stems)
    }

    @Test("tokens PostgreSQL would split after a leading float are encoded")
    func scientificNotation() {
        let stems = SearchTokenizer.tokens(in: "1e5x 1e5 e5x 15x 0x1f 3d 2024 12e 1e05b", language: .english).map(\.stem)
        #expect(stems == [
            "zu000031000065000035000078", "1e5", "e5x", "15x", "0x1f", "3d", "2024", "12e",
            "zu000031000065000030000035000062",
        ])
    }

    @Test("empty and wordless texts give an empty column")
    func empty() {
        #expect(SearchIndexText.make(from: "", language: .dutch) == "")
        #expect(SearchIndexText.make(from: " …!? 😀 ", language: .english) == "")
    }
}
