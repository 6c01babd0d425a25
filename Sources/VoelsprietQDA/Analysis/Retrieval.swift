import Foundation

/// A coded fragment as retrieval shows it: the coding, its text, where it is (source,
/// participants, speaker, time) — "per code the answers of the respondents".
public struct Fragment: Sendable, Hashable {
    public var coding: Coding
    public var sourceName: String
    public var participantLabels: [String]
    public var text: String
    /// The speaker of the turn the fragment starts in, when the source has turns.
    public var speaker: String?
    public var time: TimeSpan?

    public init(coding: Coding, sourceName: String, participantLabels: [String], text: String, speaker: String?, time: TimeSpan?) {
        self.coding = coding
        self.sourceName = sourceName
        self.participantLabels = participantLabels
        self.text = text
        self.speaker = speaker
        self.time = time
    }

    /// The label a quote is marked with: the speaker when it is a participant label of the
    /// source (a focus-group turn), otherwise the source's participants ("Prof8", "Prof8, Stud6").
    public var quoteLabel: String {
        if let speaker, participantLabels.contains(speaker) { return speaker }
        return participantLabels.isEmpty ? sourceName : participantLabels.joined(separator: ", ")
    }
}

/// Which participants' fragments to keep: any of the types (empty: all), and attribute values
/// that must all match (by the value's text).
public struct ParticipantFilter: Sendable, Hashable {
    public var types: Set<ParticipantType>
    public var attributes: [String: String]

    public init(types: Set<ParticipantType> = [], attributes: [String: String] = [:]) {
        self.types = types
        self.attributes = attributes
    }

    public var isEmpty: Bool { types.isEmpty && attributes.isEmpty }

    public func matches(_ participant: Participant) -> Bool {
        if !types.isEmpty && types.isDisjoint(with: participant.types) { return false }
        for (name, value) in attributes where participant.attributes[name]?.description != value { return false }
        return true
    }

    /// A source passes when one of its participants does (or, with no filter, always).
    public func matches(labels: [String], participants: [String: Participant]) -> Bool {
        isEmpty || labels.contains { participants[$0].map(matches) ?? false }
    }
}

public enum Retrieval {
    /// The fragments of codings (already narrowed to the codes and coders wanted) whose texts were
    /// cut out already (by the database), with the sources' turns and participants but not their
    /// texts: in the codings' order, keeping only sources that pass the filter.
    public static func fragments(
        coded: [(Coding, String)], sources: [(id: UUID, name: String, participantLabels: [String], turns: [SpeakerTurn])],
        participants: [Participant], filter: ParticipantFilter = ParticipantFilter()
    ) -> [Fragment] {
        let byLabel = Dictionary(participants.map { ($0.label, $0) }, uniquingKeysWith: { a, _ in a })
        var kept: [UUID: (name: String, labels: [String], turns: [SpeakerTurn])] = [:]
        for s in sources where filter.matches(labels: s.participantLabels, participants: byLabel) {
            kept[s.id] = (s.name, s.participantLabels, s.turns)
        }
        return coded.compactMap { c, text in
            guard let source = kept[c.sourceID] else { return nil }
            let turn = turn(at: c.range.start, in: source.turns)
            return Fragment(
                coding: c, sourceName: source.name, participantLabels: source.labels, text: text, speaker: turn?.speaker, time: turn?.time)
        }
    }

    /// The turn a position falls in (turns are in text order): binary search.
    static func turn(at position: Int, in turns: [SpeakerTurn]) -> SpeakerTurn? {
        var lo = 0, hi = turns.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if turns[mid].range.start <= position { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let t = turns[lo - 1]
        return position < max(t.range.end, t.range.start + 1) ? t : nil
    }

    /// Codes × participant types: how many fragments of each code come from sources with a
    /// participant of each type (a source with two types counts in both columns, as the types
    /// overlap). Keys: code id → type → count.
    public static func matrix(codings: [Coding], sources: [Source], participants: [Participant]) -> [UUID: [ParticipantType: Int]] {
        let byLabel = Dictionary(participants.map { ($0.label, $0) }, uniquingKeysWith: { a, _ in a })
        var typesOf: [UUID: Set<ParticipantType>] = [:]
        for s in sources {
            typesOf[s.id] = Set(s.participantLabels.flatMap { byLabel[$0]?.types ?? [] })
        }
        var out: [UUID: [ParticipantType: Int]] = [:]
        for c in codings {
            for t in typesOf[c.sourceID] ?? [] { out[c.codeID, default: [:]][t, default: 0] += 1 }
        }
        return out
    }

    /// Code co-occurrence: for each unordered pair of codes, the number of pairs of codings
    /// (same source, any coder given) whose ranges overlap. Key: the two ids in uuidString order.
    public static func coOccurrence(codings: [Coding]) -> [CodePair: Int] {
        var out: [CodePair: Int] = [:]
        let bySource = Dictionary(grouping: codings, by: \.sourceID)
        for (_, list) in bySource {
            let sorted = list.sorted { $0.range < $1.range }
            for i in sorted.indices {
                var j = i + 1
                while j < sorted.count, sorted[j].range.start < sorted[i].range.end {
                    if sorted[i].codeID != sorted[j].codeID {
                        out[CodePair(sorted[i].codeID, sorted[j].codeID), default: 0] += 1
                    }
                    j += 1
                }
            }
        }
        return out
    }
}

/// An unordered pair of codes.
public struct CodePair: Sendable, Hashable {
    public let first: UUID
    public let second: UUID
    public init(_ a: UUID, _ b: UUID) {
        if a.uuidString <= b.uuidString {
            first = a
            second = b
        } else {
            first = b
            second = a
        }
    }
}
