// WebVTT and SRT import: cues against webvtt-py and the srt package (times, speakers, text),
// one line and one timed turn per cue, and malformed time codes naming their line.
import Foundation
import Testing
@testable import VoelsprietQDA

@Suite("WebVTT and SRT import")
struct CueImportTests {
    struct Expected: Decodable {
        var ok: [String: [ImportExpectedCue]]
        var badTimestampLine: Int
    }

    static let vtt: Expected? = try? ImportFixture.json(Expected.self, "cues/expected-vtt.json")
    static let srt: Expected? = try? ImportFixture.json(Expected.self, "cues/expected-srt.json")
    static let files = ((vtt?.ok.keys.sorted()) ?? []) + ((srt?.ok.keys.sorted()) ?? [])

    @Test("both references are there")
    func referencesLoaded() {
        #expect(Self.files.count == 4)
    }

    @Test("cues as the Python packages read them, one line and one turn each", arguments: files)
    func cues(_ name: String) throws {
        let expected = try #require(Self.vtt?.ok[name] ?? Self.srt?.ok[name])
        let result = try ImportFixture.read("cues/\(name)")
        let transcript = try #require(ImportFixture.value(result), "\(String(describing: ImportFixture.error(result)))")
        #expect(transcript.format == (name.hasSuffix(".vtt") ? .webVTT : .srt))
        let lines = transcript.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == expected.count)
        #expect(transcript.turns.count == expected.count)
        for (k, (turn, cue)) in zip(transcript.turns, expected).enumerated() {
            let line = cue.speaker.map { "\($0): \(cue.text)" } ?? cue.text
            #expect(k < lines.count && lines[k] == line)
            #expect(ImportFixture.text(of: turn, in: transcript) == line)
            #expect(turn.speaker == cue.speaker)
            let time = try #require(turn.time)
            #expect(abs(time.start - cue.start) < 1e-9)
            #expect(abs((time.end ?? -1) - cue.end) < 1e-9)
        }
    }

    @Test("consecutive cues of one speaker stay separate turns, each with its time")
    func separateTurns() throws {
        let transcript = try #require(ImportFixture.value(try ImportFixture.read("cues/focusgroep.vtt")))
        let stud = transcript.turns.filter { $0.speaker == "Stud6" }
        #expect(stud.count == 2)
        #expect(stud.map { $0.time?.startLabel } == ["00:07", "00:10"])
        #expect(transcript.turns.last?.time?.startLabel == "1:00:16")
        #expect(transcript.speakers == ["Gespreksleider", "Prof8", "Stud6", "Deelnemer 3"])
    }

    @Test("voice tags, classes, entities and inline timestamps")
    func cueMarkup() throws {
        let transcript = try #require(ImportFixture.value(try ImportFixture.read("cues/focusgroep.vtt")))
        let nbsp = "ook\u{A0}fijn"
        #expect(transcript.text.contains("Stud6: Ik vind het & spannend <echt>, maar " + nbsp + "."))
        #expect(transcript.text.contains("Stud6: Ja, zeker weten."))
        #expect(!transcript.text.contains("<"  + "v"))
        #expect(!transcript.text.contains("NOTE"))
        #expect(!transcript.text.contains("::cue"))
    }

    @Test("a malformed WebVTT time code names its line")
    func badVTT() throws {
        let line = try #require(Self.vtt?.badTimestampLine)
        let error = try #require(ImportFixture.error(try ImportFixture.read("cues/bad-timestamp.vtt")))
        #expect(error.kind == .malformedTimestamp)
        #expect(error.line == line)
        #expect(error.description.hasPrefix("bad-timestamp.vtt, line \(line): "))
    }

    @Test("a malformed SRT time code names its line")
    func badSRT() throws {
        let line = try #require(Self.srt?.badTimestampLine)
        let error = try #require(ImportFixture.error(try ImportFixture.read("cues/bad-timestamp.srt")))
        #expect(error.kind == .malformedTimestamp)
        #expect(error.line == line)
    }

    @Test("structural SRT and WebVTT problems")
    func structure() {
        let noHeader = Data("00:01.000 --> 00:02.000\nHoi\n".utf8)
        #expect(throws: TranscriptImportError.self) { _ = try TranscriptReader.read(noHeader, fileName: "a.vtt") }
        let textFirst = Data("Hallo\n\n1\n00:00:01,000 --> 00:00:02,000\nHoi\n".utf8)
        #expect(throws: TranscriptImportError.self) { _ = try TranscriptReader.read(textFirst, fileName: "a.srt") }
        let numberWithoutTime = Data("1\nHoi\n".utf8)
        #expect(throws: TranscriptImportError.self) { _ = try TranscriptReader.read(numberWithoutTime, fileName: "a.srt") }
        let brokenArrow = Data("1\n00:00:01,000 -> 00:00:02,000\nHoi\n".utf8)
        do {
            _ = try TranscriptReader.read(brokenArrow, fileName: "a.srt")
            Issue.record("a broken arrow was accepted")
        } catch {
            #expect(error.kind == .malformedTimestamp)
            #expect(error.line == 2)
        }
        let minutes = Data("WEBVTT\n\n00:61.000 --> 00:62.000\nHoi\n".utf8)
        #expect(throws: TranscriptImportError.self) { _ = try TranscriptReader.read(minutes, fileName: "a.vtt") }
    }

    @Test("text after a blank line inside an SRT cue is kept with a warning")
    func srtContinuation() throws {
        let data = Data("1\n00:00:01,000 --> 00:00:02,000\nEerste deel\n\ntweede deel\n\n2\n00:00:03,000 --> 00:00:04,000\nR: Volgende\n".utf8)
        let transcript = try TranscriptReader.read(data, fileName: "a.srt")
        #expect(transcript.text == "Eerste deel tweede deel\nR: Volgende")
        #expect(transcript.warnings.count == 1)
        #expect(transcript.turns.map(\.speaker) == [nil, "R"])
    }

    @Test("time codes: WebVTT with and without hours, SRT with comma or dot")
    func timestamps() {
        let dot: Set<Character> = ["."], both: Set<Character> = [",", "."]
        #expect(CueTimestamp.seconds("01:02:03.456", separators: dot, hoursOptional: true) == 3723.456)
        #expect(CueTimestamp.seconds("02:03.5", separators: dot, hoursOptional: true) == 123.5)
        #expect(CueTimestamp.seconds("02:03,500", separators: dot, hoursOptional: true) == nil)
        #expect(CueTimestamp.seconds("00:02:03,500", separators: both, hoursOptional: false) == 123.5)
        #expect(CueTimestamp.seconds("02:03,500", separators: both, hoursOptional: false) == nil)
        #expect(CueTimestamp.seconds("00:60:00,000", separators: both, hoursOptional: false) == nil)
        #expect(CueTimestamp.seconds("00:00:00,1234", separators: both, hoursOptional: false) == nil)
    }
}
