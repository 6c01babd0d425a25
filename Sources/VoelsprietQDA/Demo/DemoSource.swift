// The demo study's transcripts as the loader receives them: the file's bytes, what kind of
// session it was, who took part, and the codings to apply. All content is invented.
import Foundation

/// Whether a demo transcript is an individual interview or a focus group.
public enum DemoSourceKind: String, Sendable, Hashable, Codable, CaseIterable {
    case interview
    case focusGroup = "focus_group"
}

/// One coding of the demo: a code named by its path in `CodebookTemplate.study()` (Dutch names,
/// top code first), the exact fragment coded, and the coder's username.
public struct DemoCoding: Sendable, Hashable {
    /// Code names from the top down, e.g. ["Belemmeringen", "Stigma"].
    public let codePath: [String]
    /// The coded fragment, character for character as it stands in the transcript; it occurs
    /// exactly once there (see `InterviewDemo.locatedCodings(in:)`).
    public let phrase: String
    /// The coder's username: "admin" or "demo-coder2" (see `InterviewDemo.coders`).
    public let coder: String
    public let memo: String?

    public init(codePath: [String], phrase: String, coder: String, memo: String? = nil) {
        self.codePath = codePath
        self.phrase = phrase
        self.coder = coder
        self.memo = memo
    }
}

/// One invented transcript with its participants and codings.
public struct DemoSource: Sendable, Hashable {
    /// The file name to import it under ("interview-prof1.txt"); plain text.
    public let fileName: String
    /// The transcript file's bytes (UTF-8, LF): a header marking it as invented, then speaker
    /// turns "Interviewer: …" / "Prof1: …".
    public let data: Data
    public let kind: DemoSourceKind
    /// The participants' labels, in speaking order (one for an interview, several for a focus group).
    public let participantLabels: [String]
    /// The label of the interviewer or moderator as it appears in the turns.
    public let moderator: String
    /// A source memo saying that the transcript is invented.
    public let memo: String
    /// Codings of every coder, in transcript order per coder.
    public let codings: [DemoCoding]

    /// Every speaker the transcript's turns name: the moderator and the participants.
    public var expectedSpeakers: Set<String> { Set(participantLabels + [moderator]) }
}

/// A demo coding with its place in the transcript text as `TranscriptReader` produces it.
public struct DemoLocatedCoding: Sendable, Hashable {
    public let coding: DemoCoding
    /// Unicode-scalar offsets into `Transcript.text` (the unit every stored position uses).
    public let range: ScalarRange
}
