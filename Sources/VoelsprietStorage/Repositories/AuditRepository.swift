import Foundation
import VoelsprietWorkspace

/// The append-only audit trail. There is deliberately no way to change or delete a row
/// here, and the schema's triggers refuse it on both engines whatever the caller.
public protocol AuditRepository: Sendable {
    /// Appends an event stamped with the current UTC time (seconds).
    func append(_ entry: AuditEntry) async throws
    /// Events of one study, newest first.
    func events(studySlug: String, limit: Int) async throws -> [AuditRecord]
    /// Events not tied to a study (accounts), newest first.
    func accountEvents(limit: Int) async throws -> [AuditRecord]
    /// Every event, oldest first (for the CLI), optionally of one study.
    func all(studySlug: String?) async throws -> [AuditRecord]
}

/// The audit trail's time stamp: UTC to the second, ISO 8601 (`2026-12-01T21:05:09Z`).
public enum AuditClock {
    public static func now(_ date: Date = Date()) -> String {
        let seconds = Int(date.timeIntervalSince1970)
        let day = Clock.today(date)
        let inDay = ((seconds % 86_400) + 86_400) % 86_400
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day)T\(pad(inDay / 3600)):\(pad(inDay / 60 % 60)):\(pad(inDay % 60))Z"
    }
}
