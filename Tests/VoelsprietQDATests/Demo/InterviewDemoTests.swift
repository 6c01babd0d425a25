// The demo interviews: every transcript reads with the expected speakers, is marked as
// invented, and every coding names a template code and a phrase found exactly once.
import Foundation
import Testing
import VoelsprietQDA

@Suite struct InterviewDemoTests {
    let sources: [DemoSource]
    init() throws { sources = try InterviewDemo.sources() }

    @Test func eightInterviewsAndTwoFocusGroups() {
        let interviews = sources.filter { $0.kind == .interview }, groups = sources.filter { $0.kind == .focusGroup }
        #expect(interviews.count == 8)
        #expect(groups.count == 2)
        #expect(Set(sources.map(\.fileName)).count == sources.count)
        for group in groups { #expect(group.participantLabels.count >= 3, "\(group.fileName)") }
    }

    @Test func everyTranscriptReadsWithTheExpectedSpeakers() throws {
        for source in sources {
            let transcript = try InterviewDemo.transcript(of: source)
            let speakers = Set(transcript.speakers)
            #expect(speakers == source.expectedSpeakers, "\(source.fileName): \(transcript.speakers)")
            #expect(transcript.format == .plainText)
            #expect(transcript.warnings.isEmpty, "\(source.fileName)")
            // The model tells interviews from focus groups the same way.
            let isGroup = Source.isFocusGroup(participantLabels: source.participantLabels, speakers: transcript.speakers)
            #expect(isGroup == (source.kind == .focusGroup), "\(source.fileName)")
        }
    }

    @Test func everyTranscriptIsMarkedInventedAndHasTheRightLength() throws {
        for source in sources {
            let text = try InterviewDemo.transcript(of: source).text
            let firstLine = text.split(separator: "\n").first.map(String.init) ?? ""
            #expect(firstLine.hasPrefix("[Verzonnen demotranscript"), "\(source.fileName)")
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
            let range = source.kind == .interview ? 880...1600 : 1300...1700
            #expect(range.contains(words), "\(source.fileName): \(words) words")
        }
    }

    @Test func everyPhraseIsFoundExactlyOnceInTheReaderText() throws {
        for source in sources {
            let (transcript, located) = try InterviewDemo.locatedCodings(in: source)
            #expect(located.count == source.codings.count)
            let index = PositionIndex(transcript.text)
            for item in located {
                let text = index.substring(item.range)
                #expect(text == item.coding.phrase, "\(source.fileName): \(item.range)")
                // Coded fragments stay inside one speaker turn.
                let inTurn = transcript.turns.contains { $0.range.start <= item.range.start && item.range.end <= $0.range.end }
                #expect(inTurn, "\(source.fileName): \(item.coding.phrase)")
            }
        }
    }

    @Test func everyCodePathExistsInTheStudyTemplate() {
        let codebook = CodebookTemplate.study()
        let paths = Set(codebook.codes.map { codebook.path(of: $0.id) })
        for source in sources {
            for coding in source.codings {
                #expect(paths.contains(coding.codePath), "\(source.fileName): \(coding.codePath)")
                #expect(InterviewDemo.codeID(for: coding.codePath, in: codebook) != nil)
            }
        }
    }

    @Test func eachCoderCodesEightToTwentyFragmentsPerTranscript() {
        for source in sources {
            let coders = Set(source.codings.map(\.coder))
            #expect(coders.isSubset(of: Set(InterviewDemo.coders)), "\(source.fileName)")
            #expect(coders.contains("admin"), "\(source.fileName)")
            for coder in coders {
                let count = source.codings.filter { $0.coder == coder }.count
                #expect((8...20).contains(count), "\(source.fileName) \(coder): \(count)")
            }
        }
    }

    @Test func phraseLookupNamesSourceAndPhrase() {
        let text = "Prof1: ja. Prof1: ja."
        let found = try? InterviewDemo.range(of: "Prof1: ja.", in: "x Prof1: ja.", sourceName: "a.txt")
        #expect(found == ScalarRange(start: 2, end: 12))
        #expect(throws: InterviewDemoError.phraseNotUnique(source: "a.txt", phrase: "ja.", occurrences: 2)) {
            try InterviewDemo.range(of: "ja.", in: text, sourceName: "a.txt")
        }
        #expect(throws: InterviewDemoError.phraseNotUnique(source: "a.txt", phrase: "nee", occurrences: 0)) {
            try InterviewDemo.range(of: "nee", in: text, sourceName: "a.txt")
        }
        let message = InterviewDemoError.phraseNotUnique(source: "a.txt", phrase: "nee", occurrences: 0).description
        #expect(message.contains("a.txt") && message.contains("nee"))
    }
}
