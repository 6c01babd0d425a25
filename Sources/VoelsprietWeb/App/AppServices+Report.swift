import NIOConcurrencyHelpers
import VoelsprietAnalysis
import VoelsprietDomain
import VoelsprietStorage

extension AppServices {
    /// The splits a study's report uses unless the researcher asks for others: the report's
    /// three comparisons for the quickscan, none otherwise.
    static func defaultSplits(for instrument: Instrument) -> [String] {
        instrument.id == "quickscan" ? ["role", "experience"] : []
    }

    /// The report of a study, computed from the database: answers stream through a tally and
    /// are never collected, so its memory does not grow with the number of responses.
    func report(of study: Study, splits: [String], options: ReportOptions) async throws -> AnalysisReport {
        let accumulator = NIOLockedValueBox(
            try AnswerAccumulator(instrument: study.instrument, splitNames: splits, textLimit: 500))
        try await repositories.responses.streamAnswerDocuments(studySlug: study.slug) { json in
            accumulator.withLockedValue { $0.add(storedJSON: json) }
        }
        let data = accumulator.withLockedValue { $0.finish() }
        var options = options
        if options.title == nil { options.title = study.title }
        return ReportBuilder(data: data, options: options).build()
    }
}
