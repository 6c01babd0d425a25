import Foundation
import Testing
@testable import VoelsprietQDA

// Invented interview fragments (not from the study).
@Suite("Phrase search hits")
struct PhraseSearchTests {
    private func hitTexts(_ text: String, _ query: String, _ language: StemLanguage = .dutch) -> [String] {
        let index = PositionIndex(text)
        return PhraseSearch.hits(in: text, query: SearchQuery.parse(query, language: language)).map { index.substring($0.range) }
    }

    @Test("a phrase matches across line breaks and punctuation, not across other words")
    func phraseAcrossBreaks() {
        let text = "Over huiselijk\ngeweld praten we. Huiselijk, geweld! Ook huiselijk — Geweld. Maar huiselijk en geweld niet."
        #expect(hitTexts(text, "\"huiselijk geweld\"") == ["huiselijk\ngeweld", "Huiselijk, geweld", "huiselijk — Geweld"])
        #expect(hitTexts("huiselijk en geweld", "\"huiselijk geweld\"").isEmpty)
    }

    @Test("phrase hit ranges run from the first to the last token")
    func phraseRange() {
        let text = "😀 Zij vertelde: ik was toen geëmotioneerd."
        let query = SearchQuery.parse("\"was toen geemotioneerd\"", language: .dutch)
        let hits = PhraseSearch.hits(in: text, query: query)
        #expect(hits.map(\.range) == [ScalarRange(start: 19, end: 41)])
        #expect(PositionIndex(text).substring(hits[0].range) == "was toen geëmotioneerd")
    }

    @Test("several words: every occurrence of each, sorted; all are required")
    func wordsAnd() {
        let text = "Kinderen en ouders. De kinderen zagen het, het kind ook. Ouders wisten het."
        #expect(hitTexts(text, "kinderen ouders") == ["Kinderen", "ouders", "kinderen", "Ouders"])
        let hits = PhraseSearch.hits(in: text, query: SearchQuery.parse("ouders kinderen", language: .dutch))
        #expect(hits.map(\.termIndex) == [1, 0, 1, 0])
        #expect(hitTexts(text, "kinderen grootouders").isEmpty)
        #expect(hitTexts(text, "kind") == ["kind"])
    }

    @Test("stemming joins inflections; diacritics do not matter")
    func stemmed() {
        let text = "Ervaringsdeskundigen delen ervaringen. Een ervaringsdeskundige deelde haar ervaring; cliënten en clienten."
        #expect(hitTexts(text, "ervaringsdeskundige") == ["Ervaringsdeskundigen", "ervaringsdeskundige"])
        #expect(hitTexts(text, "ervaring") == ["ervaringen", "ervaring"])
        #expect(hitTexts(text, "cliënt") == ["cliënten", "clienten"])
        #expect(hitTexts("Generously, she was dying; he dies.", "die generous", .english) == ["Generously", "dying", "dies"])
    }

    @Test("a prefix matches the folded word (unstemmed) or its stem")
    func prefix() {
        let text = "De hulpverlening en hulpverleners; hulp. Zij was geëmotioneerd, emotioneel."
        #expect(hitTexts(text, "hulpverl*") == ["hulpverlening", "hulpverleners"])
        #expect(hitTexts(text, "hulp*") == ["hulpverlening", "hulpverleners", "hulp"])
        #expect(hitTexts(text, "hulpverleningen*").isEmpty)
        // "geëmotioneerd" by its folded form, and by its stem "emotioneer".
        #expect(hitTexts(text, "geemo*") == ["geëmotioneerd"])
        #expect(hitTexts(text, "emotioneer*") == ["geëmotioneerd"])
        #expect(hitTexts(text, "emo*") == ["geëmotioneerd", "emotioneel"])
    }

    @Test("an excluded word or phrase removes the whole text")
    func exclusion() {
        let text = "Op school merkte ik het bij de kinderen."
        #expect(hitTexts(text, "kinderen") == ["kinderen"])
        #expect(hitTexts(text, "kinderen -school").isEmpty)
        #expect(hitTexts(text, "kinderen -\"op school\"").isEmpty)
        #expect(hitTexts(text, "kinderen -\"school op\"") == ["kinderen"])
        #expect(hitTexts(text, "kinderen -sch*").isEmpty)
        #expect(hitTexts(text, "kinderen -thuis") == ["kinderen"])
    }

    @Test("matches agrees with hits")
    func matchesAgrees() {
        let text = "Thuis was het onveilig; op school voelde ik me veilig."
        for q in ["veilig", "onveilig school", "\"voelde ik\"", "veilig -thuis", "zebra", "thu*", ""] {
            let query = SearchQuery.parse(q, language: .dutch)
            #expect(PhraseSearch.matches(text, query: query) == !PhraseSearch.hits(in: text, query: query).isEmpty, "\(q)")
        }
    }

    @Test("the same range hit by two terms is reported once")
    func duplicates() {
        let hits = PhraseSearch.hits(in: "een zorgvraag", query: SearchQuery.parse("zorg* zorgvraag", language: .dutch))
        #expect(hits == [SearchHit(range: ScalarRange(start: 4, end: 13), termIndex: 0)])
    }

    @Test("hostile texts and queries do not trap")
    func hostile() {
        let query = SearchQuery.parse("\"a b c d e f g\" x*", language: .dutch)
        #expect(PhraseSearch.hits(in: "", query: query).isEmpty)
        #expect(PhraseSearch.hits(in: "a b", query: query).isEmpty)
        let long = String(repeating: "a ", count: 50_000)
        let many = PhraseSearch.hits(in: long, query: SearchQuery.parse("\"a a\"", language: .dutch))
        #expect(many.count == 49_999)
        let manual = SearchQuery(language: .dutch, required: [SearchQueryTerm(words: [SearchQueryWord(value: "", isPrefix: true)], source: "")], excluded: [])
        #expect(PhraseSearch.hits(in: "ééé abc", query: manual).isEmpty)
    }
}

@Suite("Search hit context")
struct SearchHitContextTests {
    private let text = "Eerst ging het goed. Toen kwam de\nomslag en werd het thuis echt onveilig voor iedereen daar."

    private func context(_ word: String, radius: Int) throws -> SearchHitContext {
        let hit = try #require(PhraseSearch.hits(in: text, query: SearchQuery.parse(word, language: .dutch)).first)
        return hit.context(in: text, radius: radius)
    }

    @Test("cut back to whole words, whitespace shown as one space")
    func cutAtWords() throws {
        let c = try context("thuis", radius: 20)
        #expect(c.before == "omslag en werd het ")
        #expect(c.match == "thuis")
        #expect(c.after == " echt onveilig voor")
        #expect(c.truncatedBefore)
        #expect(c.truncatedAfter)
    }

    @Test("a large radius gives the whole text without truncation")
    func wholeText() throws {
        let c = try context("omslag", radius: 500)
        #expect(c.before == "Eerst ging het goed. Toen kwam de ")
        #expect(c.after == " en werd het thuis echt onveilig voor iedereen daar.")
        #expect(!c.truncatedBefore)
        #expect(!c.truncatedAfter)
    }

    @Test("radius zero, and the batch form agrees with the single one")
    func batch() throws {
        let c = try context("goed", radius: 0)
        #expect(c.before == "" && c.after == "" && c.match == "goed")
        let hits = PhraseSearch.hits(in: text, query: SearchQuery.parse("het", language: .dutch))
        let batch = SearchHit.contexts(of: hits, in: text, radius: 15)
        #expect(batch == hits.map { $0.context(in: text, radius: 15) })
        #expect(batch.count == 2)
    }
}
