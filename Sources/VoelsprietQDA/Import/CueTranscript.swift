// WebVTT and SRT files from transcription tools become one line per cue, "Speaker: text" (or the
// text alone), each line its own speaker turn with the cue's time, so every fragment shows when
// it was said. Consecutive cues of one speaker stay separate turns for that reason.

/// One timed cue, its text already cleaned (tags removed, entities decoded, one line).
struct Cue: Sendable, Hashable {
    /// 1-based line of the cue's timing line in the (normalised) file.
    var line: Int
    var start: Double
    var end: Double
    var speaker: String?
    var text: String
}

/// The cues of a file and what the parser had to say about it.
struct CueList: Sendable {
    var cues: [Cue] = []
    var warnings: [String] = []
}

enum CueTranscript {
    static func build(_ list: CueList, format: TranscriptFormat) -> Transcript {
        var text = ""
        var turns: [SpeakerTurn] = []
        var offset = 0
        for cue in list.cues {
            if !turns.isEmpty {
                text += "\n"
                offset += 1
            }
            let line = cue.speaker.map { "\($0): \(cue.text)" } ?? cue.text
            let length = line.unicodeScalars.count
            text += line
            turns.append(SpeakerTurn(
                speaker: cue.speaker, range: ScalarRange(start: offset, end: offset + length),
                time: TimeSpan(start: cue.start, end: cue.end)))
            offset += length
        }
        return Transcript(text: text, turns: turns, format: format, warnings: list.warnings)
    }

    /// A cleaned cue payload: the speaker from a "Speaker: text" prefix when there is no voice
    /// tag, and the text (without that prefix).
    static func speakerAndText(cleaned: String, voice: String?) -> (String?, String) {
        if let voice, !voice.isEmpty { return (voice, cleaned) }
        guard let label = SpeakerLabel.parse(cleaned.unicodeScalars) else { return (nil, cleaned) }
        let rest = String(String.UnicodeScalarView(cleaned.unicodeScalars.dropFirst(label.length)))
        return (label.speaker, CueText.trimSpaces(rest))
    }
}
