import Foundation

/// One line of the screening audit trail: who decided what about which record, when.
public struct DecisionLogEntry: Sendable, Hashable, Codable {
    public var reviewer: String
    public var date: Date
    public var stage: ScreeningStage
    public var recordID: String
    public var title: String
    /// "include", "exclude", "maybe", or for a resolution "include (consensus)" and the like.
    public var decision: String
    public var reason: String?

    public init(reviewer: String, date: Date, stage: ScreeningStage, recordID: String, title: String, decision: String, reason: String? = nil) {
        self.reviewer = reviewer
        self.date = date
        self.stage = stage
        self.recordID = recordID
        self.title = title
        self.decision = decision
        self.reason = reason
    }

    /// The entry for a reviewer's decision.
    public init(_ decision: ScreeningDecision, title: String) {
        self.init(reviewer: decision.reviewer, date: decision.date, stage: decision.stage, recordID: decision.recordID,
                  title: title, decision: decision.verdict.rawValue, reason: decision.reason)
    }

    /// The entry for a conflict resolution: decision "include (third_reviewer)" etc.
    public init(_ resolution: ConflictResolution, title: String) {
        self.init(reviewer: resolution.resolver, date: resolution.date, stage: resolution.stage, recordID: resolution.recordID,
                  title: title, decision: "\(resolution.outcome.rawValue) (\(resolution.method.rawValue))", reason: resolution.reason)
    }
}

/// The decision log as CSV, oldest first (ties by reviewer, then record).
public enum DecisionLogCSV {
    public static let columns = ["reviewer", "timestamp_utc", "stage", "record_id", "title", "decision", "reason"]

    public static func write(_ entries: [DecisionLogEntry], dialect: CSVDialect = .standard) -> String {
        let sorted = entries.sorted { ($0.date, $0.reviewer, $0.recordID) < ($1.date, $1.reviewer, $1.recordID) }
        let rows = sorted.map { e in
            [e.reviewer, timestamp(e.date), e.stage.rawValue, e.recordID, e.title, e.decision, e.reason ?? ""]
        }
        return CSVWriter.write(header: columns, rows: rows, dialect: dialect)
    }

    /// ISO 8601 in UTC to the second: `2024-05-01T12:00:00Z`.
    public static func timestamp(_ date: Date) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
