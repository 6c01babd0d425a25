import Foundation

/// The two screening stages of a systematic review.
public enum ScreeningStage: String, Sendable, Hashable, Codable, CaseIterable {
    case titleAbstract = "title_abstract"
    case fullText = "full_text"
}

/// One reviewer's vote on one record.
public enum ScreeningVerdict: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case include, exclude, maybe

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// Where a record ends up at a stage.
public enum ScreeningOutcome: String, Sendable, Hashable, Codable {
    case include, exclude
}

/// Why a decision breaks the screening rules.
public enum ScreeningRuleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An exclusion at full text must say why (PRISMA reports reasons per excluded report).
    case reasonRequired(recordID: String)
    /// At full text a reviewer decides: include or exclude, no "maybe".
    case maybeAtFullText(recordID: String)

    public var description: String {
        switch self {
        case .reasonRequired(let id): "record \(id): excluding at full text needs a reason"
        case .maybeAtFullText(let id): "record \(id): at full text the decision is include or exclude, not maybe"
        }
    }
}

/// One reviewer's decision on one record at one stage.
public struct ScreeningDecision: Sendable, Hashable, Codable {
    public let recordID: String
    /// A stable reviewer id (an account id, not a display name).
    public let reviewer: String
    public let stage: ScreeningStage
    public let verdict: ScreeningVerdict
    /// Exclusion reason: required when excluding at full text, optional otherwise.
    public let reason: String?
    public let date: Date

    /// Checks the stage rules: at full text no `maybe`, and an exclusion needs a non-blank reason.
    public init(
        recordID: String, reviewer: String, stage: ScreeningStage, verdict: ScreeningVerdict, reason: String? = nil,
        date: Date
    ) throws(ScreeningRuleError) {
        let trimmed = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if stage == .fullText {
            if verdict == .maybe { throw .maybeAtFullText(recordID: recordID) }
            if verdict == .exclude && (trimmed ?? "").isEmpty { throw .reasonRequired(recordID: recordID) }
        }
        self.recordID = recordID
        self.reviewer = reviewer
        self.stage = stage
        self.verdict = verdict
        self.reason = (trimmed?.isEmpty ?? true) ? nil : trimmed
        self.date = date
    }
}

/// How a conflict was settled.
public enum ResolutionMethod: String, Sendable, Hashable, Codable {
    /// A reviewer who did not screen the record decides.
    case thirdReviewer = "third_reviewer"
    /// The screening reviewers agree after discussion.
    case consensus
}

/// The settlement of a conflict on one record at one stage.
public struct ConflictResolution: Sendable, Hashable, Codable {
    public let recordID: String
    public let stage: ScreeningStage
    /// Who recorded the resolution (the third reviewer, or the one who wrote down the consensus).
    public let resolver: String
    public let outcome: ScreeningOutcome
    public let method: ResolutionMethod
    public let reason: String?
    public let date: Date

    /// At full text an exclusion needs a reason, as for a single decision.
    public init(
        recordID: String, stage: ScreeningStage, resolver: String, outcome: ScreeningOutcome, method: ResolutionMethod,
        reason: String? = nil, date: Date
    ) throws(ScreeningRuleError) {
        let trimmed = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if stage == .fullText && outcome == .exclude && (trimmed ?? "").isEmpty {
            throw .reasonRequired(recordID: recordID)
        }
        self.recordID = recordID
        self.stage = stage
        self.resolver = resolver
        self.outcome = outcome
        self.method = method
        self.reason = (trimmed?.isEmpty ?? true) ? nil : trimmed
        self.date = date
    }
}
