import Foundation
import Testing
@testable import VoelsprietQDA

@Suite("Snowball stemmers against snowballstemmer 3.1.1")
struct SnowballStemmerTests {
    @Test("every fixture word stems as snowballstemmer does", arguments: [StemLanguage.dutch, .english])
    func fixtureWords(language: StemLanguage) throws {
        let file = try SearchFixtures.stems(language.rawValue)
        #expect(file.stems.count == file.count)
        #expect(file.count > 5000)
        var mismatches: [String] = []
        for (word, expected) in file.stems {
            let stem = SnowballStemmer.stem(word, language: language)
            if stem != expected { mismatches.append("\(word): \(stem) ≠ \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, e.g. \(mismatches.prefix(20))")
    }

    @Test("named tricky cases")
    func trickyCases() {
        let dutch: [(String, String)] = [
            ("gebeurtenissen", "beurtenis"), ("kinderen", "kinder"), ("hulpverlening", "hulpverleen"),
            ("ervaringsdeskundige", "ervaringsdeskund"), ("geëmotioneerd", "emotioneer"), ("ë", "ë"),
            ("ij", "ij"), ("zo'n", "zo'n"), ("auto's", "auto"),
        ]
        for (word, stem) in dutch { #expect(SnowballStemmer.stem(word, language: .dutch) == stem, "\(word)") }
        let english: [(String, String)] = [
            ("generously", "generous"), ("dying", "die"), ("skies", "sky"), ("news", "news"),
            ("cannings", "canning"), ("john's", "john"), ("at", "at"),
        ]
        for (word, stem) in english { #expect(SnowballStemmer.stem(word, language: .english) == stem, "\(word)") }
    }

    @Test("empty and odd input does not trap")
    func oddInput() {
        for language in StemLanguage.allCases {
            #expect(SnowballStemmer.stem("", language: language) == "")
            let long = String(repeating: "geen", count: 500)
            #expect(!SnowballStemmer.stem(long, language: language).isEmpty)
            _ = SnowballStemmer.stem("'''", language: language)
            _ = SnowballStemmer.stem("😀ge", language: language)
        }
    }
}
