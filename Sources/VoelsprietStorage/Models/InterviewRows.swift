import Foundation
import VoelsprietQDA

/// A source as listed (everything but its text).
public struct SourceSummary: Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var format: String
    /// "nl" or "en": the stemming language of its search index.
    public var language: String
    public var scalarLength: Int
    public var participantLabels: [String]
    public var speakers: [String]
    /// The speaker turns (ranges and times), without the text.
    public var turns: [SpeakerTurn]
    public var memo: String?
    public var importedBy: String
    public var importedAt: String

    public init(
        id: UUID, name: String, format: String, language: String, scalarLength: Int, participantLabels: [String],
        speakers: [String], turns: [SpeakerTurn] = [], memo: String?, importedBy: String, importedAt: String
    ) {
        self.turns = turns
        self.id = id
        self.name = name
        self.format = format
        self.language = language
        self.scalarLength = scalarLength
        self.participantLabels = participantLabels
        self.speakers = speakers
        self.memo = memo
        self.importedBy = importedBy
        self.importedAt = importedAt
    }
}

/// A source to store: the model's source plus how it came in and its search-index text.
public struct NewSource: Sendable {
    public var source: Source
    public var format: String
    public var language: String
    /// `SearchIndexText.make(from:language:)` of the text.
    public var stems: String
    public var importedBy: String
    public var importedAt: String

    public init(source: Source, format: String, language: String, stems: String, importedBy: String, importedAt: String) {
        self.source = source
        self.format = format
        self.language = language
        self.stems = stems
        self.importedBy = importedBy
        self.importedAt = importedAt
    }
}

/// What a coder is: a study member (by user name), a coder who came with an imported project,
/// or the consensus that coders settled on together.
public enum CoderKind: String, Sendable, Codable, CaseIterable {
    case member, imported, consensus
}

/// A coder as stored.
public struct StoredCoder: Sendable, Equatable {
    public var coder: Coder
    public var username: String?
    public var kind: CoderKind

    public init(coder: Coder, username: String?, kind: CoderKind) {
        self.coder = coder
        self.username = username
        self.kind = kind
    }
}

/// A code with its memo (the model's code carries the codebook fields).
public struct StoredCode: Sendable, Equatable {
    public var code: Code
    public var memo: String?
    public init(code: Code, memo: String? = nil) {
        self.code = code
        self.memo = memo
    }
}

/// A coding with when it was made.
public struct StoredCoding: Sendable, Equatable {
    public var coding: Coding
    public var createdAt: String
    public init(coding: Coding, createdAt: String) {
        self.coding = coding
        self.createdAt = createdAt
    }
}
