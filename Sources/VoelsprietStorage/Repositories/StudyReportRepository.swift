import Foundation

/// A study's report definition and its frozen versions.
public protocol StudyReportRepository: Sendable {
    func definition(studySlug: String) async throws -> StoredReportDefinition?
    /// Stores the definition as revision `expectedRevision + 1` when the stored one is still at
    /// `expectedRevision` (0: none stored yet); returns false, changing nothing, when someone
    /// else saved in between.
    func saveDefinition(studySlug: String, json: String, expectedRevision: Int, by: String, at: String) async throws -> Bool
    /// Adds a version numbered one past the highest; returns its number.
    func addVersion(studySlug: String, _ version: StoredReportVersion) async throws -> Int
    func versions(studySlug: String) async throws -> [ReportVersionSummary]
    func version(studySlug: String, number: Int) async throws -> StoredReportVersion?
    /// Removes the definition and every version; returns how many versions there were.
    func deleteAll(studySlug: String) async throws -> Int
}
