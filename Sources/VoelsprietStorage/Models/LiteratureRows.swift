import VoelsprietLiterature

/// Where an imported file's records count in the PRISMA flow: found by searching databases and
/// registers, or by other methods (grey literature, hand search, citation searching).
public enum LiteratureOrigin: String, Sendable, Codable, CaseIterable {
    case database
    case otherMethods = "other"
}

/// One search as run in a bibliographic database (PRISMA-S): where, when, the exact string,
/// how many hits it gave.
public struct SearchRunRow: Sendable, Equatable {
    public var id: Int64
    public var studySlug: String
    public var database: String
    /// The day it was run, `YYYY-MM-DD`.
    public var runOn: String
    public var query: String
    public var hits: Int?
    public var note: String
    public var recordedBy: String
    public var recordedAt: String

    public init(
        id: Int64 = 0, studySlug: String, database: String, runOn: String, query: String, hits: Int?, note: String = "",
        recordedBy: String, recordedAt: String = AuditClock.now()
    ) {
        self.id = id
        self.studySlug = studySlug
        self.database = database
        self.runOn = runOn
        self.query = query
        self.hits = hits
        self.note = note
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}

/// One imported file: what it was, where it came from, how many records it gave and what the
/// reader warned about.
public struct LiteratureImportRow: Sendable, Equatable {
    public var id: Int64
    public var studySlug: String
    public var fileName: String
    public var format: String
    public var database: String?
    public var origin: LiteratureOrigin
    public var searchID: Int64?
    public var recordCount: Int
    /// The reader's warnings, each "line N: message" (or the message alone).
    public var warnings: [String]
    public var importedBy: String
    public var importedAt: String

    public init(
        id: Int64 = 0, studySlug: String, fileName: String, format: String, database: String?, origin: LiteratureOrigin,
        searchID: Int64? = nil, recordCount: Int, warnings: [String], importedBy: String, importedAt: String = AuditClock.now()
    ) {
        self.id = id
        self.studySlug = studySlug
        self.fileName = fileName
        self.format = format
        self.database = database
        self.origin = origin
        self.searchID = searchID
        self.recordCount = recordCount
        self.warnings = warnings
        self.importedBy = importedBy
        self.importedAt = importedAt
    }
}

/// A record as stored in a study: its database id, the file it came from and its place in the
/// duplicate clusters.
public struct StoredLiteratureRecord: Sendable, Equatable {
    public var id: Int64
    public var importID: Int64
    public var position: Int
    /// The record as read; its `id` is the stored id as text.
    public var record: LiteratureRecord
    /// The representative of its duplicate cluster; nil when it stands for itself.
    public var duplicateOf: Int64?
    public var duplicateReason: String?

    public init(id: Int64, importID: Int64, position: Int, record: LiteratureRecord, duplicateOf: Int64?, duplicateReason: String?) {
        self.id = id
        self.importID = importID
        self.position = position
        self.record = record
        self.duplicateOf = duplicateOf
        self.duplicateReason = duplicateReason
    }
}

/// One reviewer's decision on one record at one stage (stage and decision as their raw names).
public struct ScreeningDecisionRow: Sendable, Equatable {
    public var recordID: Int64
    public var stage: String
    public var username: String
    public var decision: String
    public var reason: String
    public var decidedAt: String

    public init(recordID: Int64, stage: String, username: String, decision: String, reason: String = "", decidedAt: String = AuditClock.now()) {
        self.recordID = recordID
        self.stage = stage
        self.username = username
        self.decision = decision
        self.reason = reason
        self.decidedAt = decidedAt
    }
}

/// How a conflict between reviewers was settled.
public struct ResolutionRow: Sendable, Equatable {
    public var recordID: Int64
    public var stage: String
    public var decision: String
    public var reason: String
    /// `third_reviewer` or `consensus`.
    public var method: String
    public var resolvedBy: String
    public var resolvedAt: String

    public init(
        recordID: Int64, stage: String, decision: String, reason: String = "", method: String, resolvedBy: String,
        resolvedAt: String = AuditClock.now()
    ) {
        self.recordID = recordID
        self.stage = stage
        self.decision = decision
        self.reason = reason
        self.method = method
        self.resolvedBy = resolvedBy
        self.resolvedAt = resolvedAt
    }
}

/// A record's full text: a link, or an uploaded file (PDF).
public struct FullTextRow: Sendable, Equatable {
    public var recordID: Int64
    public var link: String?
    public var fileName: String?
    public var mediaType: String?
    /// The file's bytes; nil in listings (use `fullText(studySlug:recordID:)` to get them).
    public var content: [UInt8]?
    public var addedBy: String
    public var addedAt: String

    public init(
        recordID: Int64, link: String?, fileName: String?, mediaType: String?, content: [UInt8]?, addedBy: String,
        addedAt: String = AuditClock.now()
    ) {
        self.recordID = recordID
        self.link = link
        self.fileName = fileName
        self.mediaType = mediaType
        self.content = content
        self.addedBy = addedBy
        self.addedAt = addedAt
    }
}

/// A manual change to the duplicate clusters, kept so the review shows who decided what.
public struct DedupDecisionRow: Sendable, Equatable {
    public var id: Int64
    /// `automatic` (a run of the matcher), `merge` or `split`.
    public var action: String
    public var recordID: Int64
    public var targetID: Int64?
    public var decidedBy: String
    public var decidedAt: String

    public init(id: Int64 = 0, action: String, recordID: Int64, targetID: Int64?, decidedBy: String, decidedAt: String = AuditClock.now()) {
        self.id = id
        self.action = action
        self.recordID = recordID
        self.targetID = targetID
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}

/// One extracted value for an included source.
public struct ExtractionRow: Sendable, Equatable {
    public var recordID: Int64
    public var field: String
    public var value: String
    public var updatedBy: String
    public var updatedAt: String

    public init(recordID: Int64, field: String, value: String, updatedBy: String, updatedAt: String = AuditClock.now()) {
        self.recordID = recordID
        self.field = field
        self.value = value
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
    }
}
