// Pseudonymisation: against the unicodedata/re reference of make_fixtures_pseudo.py (text,
// placeholders, counts, turn texts), plus numbering across sources and no term left anywhere.
import Foundation
import Testing
@testable import VoelsprietQDA

@Suite("Pseudonymisation on import")
struct PseudonymiserTests {
    struct Expected: Decodable {
        struct Term: Decodable {
            var text: String
            var kind: String
            var key: String
        }
        struct Turn: Decodable {
            var speaker: String
            var text: String
        }
        var terms: [Term]
        var text: String
        var turns: [Turn]
        var assignments: [String: String]
        var counts: [String: Int]
    }

    static func fixture() throws -> (Transcript, [PseudonymTerm], Expected) {
        let expected = try ImportFixture.json(Expected.self, "pseudonym/expected.json")
        let transcript = try #require(ImportFixture.value(try ImportFixture.read("pseudonym/interview.txt")))
        let list = String(decoding: try ImportFixture.data("pseudonym/terms.txt"), as: UTF8.self)
        return (transcript, PseudonymTerm.parseList(list), expected)
    }

    @Test("the term list parses like the reference: prefixes, default name, comments, keys")
    func termList() throws {
        let (_, terms, expected) = try Self.fixture()
        #expect(terms.map(\.text) == expected.terms.map(\.text))
        #expect(terms.map(\.kind.rawValue) == expected.terms.map(\.kind))
        #expect(terms.map { Pseudonymiser.key(for: $0) } == expected.terms.map(\.key))
    }

    @Test("text, placeholders, counts and turn texts as the reference")
    func againstReference() throws {
        let (transcript, terms, expected) = try Self.fixture()
        let result = Pseudonymiser(terms: terms).apply(to: transcript)
        #expect(result.transcript.text == expected.text)
        #expect(result.newAssignments == expected.assignments)
        #expect(Dictionary(uniqueKeysWithValues: result.replacements.map { ($0.placeholder, $0.count) }) == expected.counts)
        #expect(result.transcript.turns.count == expected.turns.count)
        for (turn, e) in zip(result.transcript.turns, expected.turns) {
            #expect(turn.speaker == e.speaker)
            #expect(ImportFixture.text(of: turn, in: result.transcript) == e.text)
        }
        #expect(result.unmatchedTerms == ["Groningen"])
    }

    @Test("longest first, diacritics, whitespace runs, whole words")
    func matchingRules() throws {
        let (transcript, terms, _) = try Self.fixture()
        let result = Pseudonymiser(terms: terms).apply(to: transcript)
        let text = result.transcript.text
        #expect(text.contains("samen met [NAAM2] en later met [NAAM3]."))  // Jan de Vries, then Jan
        #expect(text.contains("Daar zat ook [NAAM4]. [NAAM2] was"))  // across the line break
        #expect(text.contains("[PLAATS1]-Zuid"))
        #expect(text.contains("Jansen-stichting"))
        #expect(text.contains("Janneke"))
        #expect(text.contains("Sanne2"))
        #expect(text.contains("En in [PLAATS2] zelf?"))  // decomposed Á, mark included
        #expect(result.transcript.speakers == ["Interviewer", "[NAAM1]", "[NAAM4]"])
        let jose = try #require(result.replacements.first { $0.placeholder == "[NAAM1]" })
        #expect(jose.terms == ["José"])
        #expect(jose.count == 2)
    }

    @Test("no term text is left in the text, the turns' speakers or the warnings")
    func nothingLeft() throws {
        let (transcript, terms, _) = try Self.fixture()
        var withWarning = transcript
        withWarning.warnings = ["line 3: something about Sanne"]
        let result = Pseudonymiser(terms: terms).apply(to: withWarning)
        let everything = ([result.transcript.text] + result.transcript.speakers + result.transcript.warnings)
            .joined(separator: "\n")
        let folded = FoldedText(everything)
        for term in terms where term.text != "Groningen" {
            let pattern = TermPattern(term.text)
            let hit = folded.scalars.indices.contains { pattern.match(in: folded, at: $0) != nil }
            #expect(!hit, "\(term.text) left in the result")
        }
        #expect(!everything.contains("Vries"))
        #expect(!everything.contains("José"))
    }

    @Test("numbering is consistent across the sources of a study")
    func numberingAcrossSources() throws {
        let (transcript, terms, expected) = try Self.fixture()
        let first = Pseudonymiser(terms: terms).apply(to: transcript)
        let second = Transcript(
            text: "I: Hoe was het in Groningen?\nR: Sanne en ik gingen met Piet naar Zwolle.",
            turns: SpeakerTurns.turns(in: "I: Hoe was het in Groningen?\nR: Sanne en ik gingen met Piet naar Zwolle."),
            format: .plainText)
        let more = terms + [PseudonymTerm("Piet")]
        let result = Pseudonymiser(terms: more).apply(to: second, assigned: first.newAssignments)
        #expect(result.transcript.text == "I: Hoe was het in [PLAATS4]?\nR: [NAAM4] en ik gingen met [NAAM5] naar [PLAATS1].")
        #expect(result.newAssignments == [
            Pseudonymiser.key(for: "Groningen"): "[PLAATS4]", Pseudonymiser.key(for: "Piet"): "[NAAM5]",
        ])
        #expect(expected.assignments[Pseudonymiser.key(for: "Sanne")] == "[NAAM4]")
        // Placeholders used elsewhere in the study are not reused.
        let reserved = Pseudonymiser(terms: [PseudonymTerm("Piet")])
            .apply(to: second, reservedPlaceholders: ["[NAAM7]", "[NAME9]", "[PLAATS3]"])
        #expect(reserved.newAssignments.values.sorted() == ["[NAAM10]"])
    }

    @Test("English placeholders")
    func english() {
        let t = Transcript(text: "Cl5: Ik woonde in Utrecht bij Zorg Oost met Ali.", format: .plainText)
        let terms = PseudonymTerm.parseList("place: Utrecht\norganisation: Zorg Oost\nname: Ali")
        let result = Pseudonymiser(terms: terms, language: .english).apply(to: t)
        #expect(result.transcript.text == "Cl5: Ik woonde in [PLACE1] bij [ORGANISATION1] met [NAME1].")
        #expect(result.replacements.map(\.kind) == [.place, .organisation, .name])
    }

    @Test("turn edges inside a replaced term move to the placeholder's edges")
    func turnEdgesInsideTerm() {
        let text = "I: Ik sprak Jan de Vries."
        let turns = [
            SpeakerTurn(speaker: "I", range: ScalarRange(start: 0, end: 14)),  // ends inside "Jan de Vries"
            SpeakerTurn(speaker: nil, range: ScalarRange(start: 14, end: 25)),  // starts inside it
        ]
        let result = Pseudonymiser(terms: [PseudonymTerm("Jan de Vries")])
            .apply(to: Transcript(text: text, turns: turns, format: .plainText))
        #expect(result.transcript.text == "I: Ik sprak [NAAM1].")
        #expect(result.transcript.turns.map(\.range) == [ScalarRange(start: 0, end: 19), ScalarRange(start: 12, end: 20)])
    }

    @Test("keys fold case, diacritics and spacing")
    func keys() {
        #expect(Pseudonymiser.key(for: "  José   DE\tVries ") == "jose de vries")
        #expect(Pseudonymiser.key(for: PseudonymTerm("Zoë", kind: .place)) == "zoe")
        #expect(PseudonymTerm.parseList("NAAM: Jan\nnaam:jan\n\n# x\nOrganisatie:  Veilig Thuis").count == 2)
    }
}
