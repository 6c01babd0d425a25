// Speaker labels and turns in running text (plain text, Markdown, .docx). The fixture turns are
// checked against the Python re-implementation in make_fixtures_common.py (PlainTextImportTests);
// these tests pin the rule's edges.
import Foundation
import Testing
@testable import VoelsprietQDA

@Suite("Speaker labels and turns")
struct SpeakerTurnTests {
    static let labelled: [(String, String)] = [
        ("Interviewer: Hoe gaat het?", "Interviewer"),
        ("I: Ja.", "I"),
        ("R: Nee.", "R"),
        ("Prof8: Dat klopt.", "Prof8"),
        ("Deelnemer 3: Ik ook.", "Deelnemer 3"),
        ("**Stud6:** Zeker.", "Stud6"),
        ("**Stud6**: Zeker.", "Stud6"),
        ("Jan de Vries: Hallo.", "Jan de Vries"),
        ("  Cl5:\tmet een tab", "Cl5"),
        ("Interviewer:", "Interviewer"),
        ("Émile: Bonjour.", "Émile"),
    ]

    static let unlabelled: [String] = [
        "10:30 begonnen we.",
        "https://example.org/info is de bron.",
        "Toen zei ik: nee.",
        "ik zei: nee",
        "Een heel lange zin met veel woorden: dat is geen spreker.",
        "Opmerking:geen spatie",
        "Geen dubbele punt hier",
        "\"Citaat\": tussen aanhalingstekens",
        ": alleen een dubbele punt",
    ]

    @Test("labels are recognised", arguments: labelled)
    func labels(_ line: String, _ speaker: String) throws {
        let label = try #require(SpeakerLabel.parse(line.unicodeScalars))
        #expect(label.speaker == speaker)
    }

    @Test("non-labels are not", arguments: unlabelled)
    func nonLabels(_ line: String) {
        #expect(SpeakerLabel.parse(line.unicodeScalars) == nil)
    }

    @Test("a turn runs to the last non-blank line before the next label; earlier lines have no turn")
    func turnExtent() {
        let text = "Titel van het gesprek\n\nI: Vraag een\nvervolg\n\n\nR: Antwoord\n"
        let turns = SpeakerTurns.turns(in: text)
        #expect(turns.count == 2)
        let transcript = Transcript(text: text, turns: turns, format: .plainText)
        #expect(turns.map(\.speaker) == ["I", "R"])
        let first = ImportFixture.text(of: turns[0], in: transcript)
        let second = ImportFixture.text(of: turns[1], in: transcript)
        #expect(first == "I: Vraag een\nvervolg")
        #expect(second == "R: Antwoord")
    }

    @Test("a text without labels has no turns")
    func noLabels() {
        #expect(SpeakerTurns.turns(in: "Gewoon een verhaal.\nZonder sprekers.").isEmpty)
    }

    @Test("a focus group has several speakers, each turn attributed")
    func focusGroup() throws {
        let result = try ImportFixture.read("text/utf8-lf.txt")
        let transcript = try #require(ImportFixture.value(result))
        #expect(transcript.speakers == ["Interviewer", "Prof8", "Deelnemer 3", "Stud6", "I"])
        let source = Source(name: "fg", text: transcript.text, turns: transcript.turns)
        #expect(source.isFocusGroup)
        // "Toen zei ik: …", "10:30 …" and the URL line stay inside Prof8's second turn.
        let prof = transcript.turns.filter { $0.speaker == "Prof8" }
        #expect(prof.count == 2)
        let second = ImportFixture.text(of: prof[1], in: transcript)
        #expect(second.hasSuffix("Toen zei ik: dit doe ik niet meer."))
        #expect(second.contains("10:30 begonnen"))
    }
}

@Suite("Focus group or interview")
struct FocusGroupRuleTests {
    @Test("an interview (interviewer and one participant) is not a focus group")
    func interviewIsNotAFocusGroup() {
        #expect(!Source.isFocusGroup(participantLabels: [], speakers: ["Interviewer", "Prof3", "Interviewer"]))
        #expect(!Source.isFocusGroup(participantLabels: ["Prof3"], speakers: ["Interviewer", "Prof3"]))
    }

    @Test("several participants make a focus group")
    func severalParticipants() {
        #expect(Source.isFocusGroup(participantLabels: ["Prof9", "Prof10"], speakers: ["Gespreksleider", "Prof9", "Prof10"]))
        #expect(Source.isFocusGroup(participantLabels: [], speakers: ["Gespreksleider", "Prof9", "Prof10"]))
    }
}
