import Foundation
import VoelsprietLiterature
import VoelsprietServices
import VoelsprietStorage
import VoelsprietSynthesis
import VoelsprietWorkspace

/// The rest of the demo study's chain, after its 131 responses: a finished literature review
/// (the three demo exports, deduplicated, screened by `admin` at both stages with the demo's
/// final decisions; the second reviewer's differing votes are not replayed), the demo interviews and
/// focus groups with their codings, and a study report that draws on all of it. Everything in it
/// is invented and says so.
enum DemoStudy {
    /// The verdict and reason `admin` records for a demo record at `stage`: the demo's own
    /// decisions (`LiteratureDemo.demoDecisions`), the final outcome of each; a full text that
    /// was not retrieved gets the service's own reason, so the flow counts it as such. Records
    /// the demo does not know are included (nil: not at this stage).
    static func decision(_ record: LiteratureRecord, stage: ScreeningStage) -> (ScreeningVerdict, String?)? {
        guard let demo = LiteratureDemo.demoDecision(for: record) else { return (.include, nil) }
        switch stage {
        case .titleAbstract: return verdict(demo.titleAbstract)
        case .fullText:
            guard let fullText = demo.fullText else { return nil }
            return demo.isNotRetrieved ? (.exclude, LiteratureService.notRetrievedReason) : verdict(fullText)
        }
    }

    static func verdict(_ decision: DemoStageDecision) -> (ScreeningVerdict, String?) {
        (decision.outcome == .include ? .include : .exclude, decision.reason)
    }

    static func load(services: Services) async throws {
        guard try await services.repositories.studyReports.definition(studySlug: "quickscan") == nil else { return }
        try await loadReview(services: services)
        let quotes = try await DemoInterviews.load(services: services)
        let access = try await services.studies.access("quickscan", as: .command("demo"), for: .composeStudyReport)
        let definition = StudyReportDemo.definition(quotes: quotes)
        try await services.studyReport.edit(access, revision: 0, what: "demo report") { $0 = definition }
    }

    static func loadReview(services: Services) async throws {
        let manage = try await services.studies.access("quickscan", as: .command("demo"), for: .manageLiterature)
        guard try await services.literature.imports(manage).isEmpty else { return }
        for file in try LiteratureDemo.allFiles() {
            let search = try await services.literature.recordSearch(manage, database: file.database, runOn: "2022-03-15", query: file.query, hits: file.hits)
            _ = try await services.literature.importFile(manage, data: file.data, fileName: file.name, searchID: search)
        }
        try await services.literature.deduplicate(manage)
        try await services.literature.assignReviewers(manage, [.titleAbstract: ["admin"], .fullText: ["admin"]])
        guard let admin = try await services.repositories.users.find(username: "admin") else { return }
        let screener = try await services.studies.access("quickscan", as: .user(admin), for: .screenLiterature)
        for stage in ScreeningStage.allCases {
            for _ in 0..<200 {
                guard let item = try await services.literature.nextForScreening(screener, stage: stage) else { break }
                guard let (verdict, reason) = decision(item.record.record, stage: stage) else { break }
                try await services.literature.decide(screener, stage: stage, record: item.record.id, verdict: verdict, reason: reason)
            }
        }
    }
}
