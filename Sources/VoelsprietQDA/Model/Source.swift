// A source (an interview or focus-group transcript) and a whole coded project, the unit that
// REFI-QDA exchange reads and writes and a study's interviews hold.
import Foundation

/// One transcript in a project. `text` is normalised (LF, no BOM); every position is a
/// Unicode-scalar offset into it.
public struct Source: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var name: String
    public var text: String
    public var turns: [SpeakerTurn]
    /// Labels of the participants this source belongs to (a focus group has several).
    public var participantLabels: [String]
    public var memo: String?

    public init(
        id: UUID = UUID(), name: String, text: String, turns: [SpeakerTurn] = [],
        participantLabels: [String] = [], memo: String? = nil
    ) {
        self.id = id
        self.name = name
        self.text = text
        self.turns = turns
        self.participantLabels = participantLabels
        self.memo = memo
    }

    /// True for a focus group (see `Source.isFocusGroup(participantLabels:speakers:)`).
    public var isFocusGroup: Bool { Self.isFocusGroup(participantLabels: participantLabels, speakers: turns.compactMap(\.speaker)) }

    /// A focus group has several participants: more than one participant linked to the source,
    /// or — when none are linked yet — more than two speakers (an interview has two: the
    /// interviewer and the participant).
    public static func isFocusGroup(participantLabels: [String], speakers: [String]) -> Bool {
        participantLabels.isEmpty ? Set(speakers).count > 2 : Set(participantLabels).count > 1
    }
}

/// Everything of a study's interviews that REFI-QDA exchanges: coders, codebook, sources,
/// participants (REFI cases) with their variables, and codings.
public struct QDAProject: Sendable, Hashable {
    public var name: String
    public var coders: [Coder]
    public var codebook: Codebook
    public var sources: [Source]
    public var variables: [Variable]
    public var participants: [Participant]
    public var codings: [Coding]

    public init(
        name: String, coders: [Coder] = [], codebook: Codebook = Codebook(), sources: [Source] = [],
        variables: [Variable] = [], participants: [Participant] = [], codings: [Coding] = []
    ) {
        self.name = name
        self.coders = coders
        self.codebook = codebook
        self.sources = sources
        self.variables = variables
        self.participants = participants
        self.codings = codings
    }

    /// Problems that would make the project inconsistent, each naming its place: codings that
    /// point outside their source or at unknown codes, sources or coders; codebook problems.
    public func problems() -> [String] {
        var out = codebook.problems().map(\.description)
        let codeIDs = Set(codebook.codes.map(\.id)), coderIDs = Set(coders.map(\.id))
        var lengths: [UUID: Int] = [:]
        for s in sources { lengths[s.id] = s.text.unicodeScalars.count }
        for c in codings {
            guard let length = lengths[c.sourceID] else {
                out.append("coding \(c.id.uuidString) points at unknown source \(c.sourceID.uuidString)")
                continue
            }
            let sourceName = sources.first { $0.id == c.sourceID }?.name ?? c.sourceID.uuidString
            if !c.range.isValid(inTextOfLength: length) {
                out.append("coding \(c.id.uuidString) in \"\(sourceName)\": \(c.range) lies outside the text (0–\(length))")
            }
            if !codeIDs.contains(c.codeID) { out.append("coding \(c.id.uuidString) in \"\(sourceName)\" names unknown code \(c.codeID.uuidString)") }
            if !coderIDs.contains(c.coderID) { out.append("coding \(c.id.uuidString) in \"\(sourceName)\" names unknown coder \(c.coderID.uuidString)") }
        }
        return out
    }
}
