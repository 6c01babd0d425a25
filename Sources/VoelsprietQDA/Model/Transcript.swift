// A transcript as read from a file: its normalised text and its speaker turns (time codes when
// the file had them). Positions are Unicode-scalar offsets into `text`.
import Foundation

/// Where in the media a fragment was said, in seconds from the start.
public struct TimeSpan: Sendable, Hashable, Codable {
    public var start: Double
    public var end: Double?
    public init(start: Double, end: Double? = nil) {
        self.start = start
        self.end = end
    }

    /// "01:02:03" (or "02:03" under an hour) for the start.
    public var startLabel: String { TimeSpan.label(start) }

    public static func label(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        let h = total / 3600, m = (total % 3600) / 60, s = total % 60
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%02d:%02d", m, s)
    }
}

/// One speaker's turn: the speaker as written in the file (nil when the file names none), its
/// range in the text, and its time in the media (WebVTT/SRT).
public struct SpeakerTurn: Sendable, Hashable, Codable {
    public var speaker: String?
    public var range: ScalarRange
    public var time: TimeSpan?
    public init(speaker: String?, range: ScalarRange, time: TimeSpan? = nil) {
        self.speaker = speaker
        self.range = range
        self.time = time
    }
}

/// The file formats a transcript can be imported from.
public enum TranscriptFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case plainText = "text", markdown, docx, webVTT = "vtt", srt
}

/// A transcript ready to be stored: normalised text (LF, no BOM), turns in text order, and what
/// the reader had to say about the file (line-numbered warnings).
public struct Transcript: Sendable, Hashable {
    public var text: String
    public var turns: [SpeakerTurn]
    public var format: TranscriptFormat
    public var warnings: [String]
    public init(text: String, turns: [SpeakerTurn] = [], format: TranscriptFormat, warnings: [String] = []) {
        self.text = text
        self.turns = turns
        self.format = format
        self.warnings = warnings
    }

    /// The distinct speakers in order of first appearance.
    public var speakers: [String] {
        var seen = Set<String>(), out: [String] = []
        for t in turns { if let s = t.speaker, seen.insert(s).inserted { out.append(s) } }
        return out
    }
}
