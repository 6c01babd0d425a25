import NIOConcurrencyHelpers
import VoelsprietAnalysis
import VoelsprietDomain
import VoelsprietStorage
import VoelsprietWorkspace

/// A study's report from the database, with the reader's role applied: members without the
/// detailed-report right (viewers, coders) get the study's default comparisons only (a split
/// of their own choosing could isolate a person), small groups suppressed at the default size
/// or more whatever they ask for, and no open answers at all.
public struct ReportService: Sendable {
    let repositories: Repositories
    let audit: AuditService

    public init(repositories: Repositories) {
        self.repositories = repositories
        self.audit = AuditService(repositories: repositories)
    }

    /// The splits a study's report uses unless the researcher asks for others: the report's
    /// three comparisons for the quickscan, none otherwise.
    public static func defaultSplits(for instrument: Instrument) -> [String] {
        instrument.id == "quickscan" ? ["role", "experience"] : []
    }

    /// The smallest group shown to a member without the detailed-report right.
    public static let minimumGroupForAggregate = 5

    /// The splits this member gets: the ones asked for, or the study's defaults for members
    /// without the detailed right (a split of their own choosing could isolate a person).
    public static func splits(_ requested: [String], for access: StudyAccess) -> [String] {
        access.allows(.viewDetailedReport) ? requested : defaultSplits(for: access.study.instrument)
    }

    /// The options as this member may have them.
    public static func restricted(_ options: ReportOptions, for access: StudyAccess) -> ReportOptions {
        var options = options
        if !access.allows(.viewDetailedReport) {
            options.minimumGroupSize = max(options.minimumGroupSize, minimumGroupForAggregate)
            options.suppressSmallItems = true
        }
        return options
    }

    /// Computes the report; answers stream through a tally and are never collected, so its
    /// memory does not grow with the number of responses. `audit` names what was viewed.
    public func report(_ access: StudyAccess, splits: [String], options: ReportOptions, auditDetail: String? = "page")
        async throws -> AnalysisReport
    {
        try access.require(.viewReport)
        let study = access.study
        let detailed = access.allows(.viewDetailedReport)
        let splits = Self.splits(splits, for: access)
        let accumulator = NIOLockedValueBox(
            try AnswerAccumulator(instrument: study.instrument, splitNames: splits, textLimit: detailed ? 500 : 0))
        try await repositories.responses.streamAnswerDocuments(studySlug: study.slug) { json in
            accumulator.withLockedValue { $0.add(storedJSON: json) }
        }
        let data = accumulator.withLockedValue { $0.finish() }
        var options = Self.restricted(options, for: access)
        if options.title == nil { options.title = study.title }
        let report = ReportBuilder(data: data, options: options).build()
        if let auditDetail {
            try await audit.record(access.actor, .reportViewed, study: study.slug, detail: auditDetail)
        }
        return report
    }
}
