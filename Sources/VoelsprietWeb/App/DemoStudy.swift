import Foundation
import VoelsprietLiterature
import VoelsprietServices
import VoelsprietStorage
import VoelsprietSynthesis
import VoelsprietWorkspace

/// The rest of the demo study's chain, after its 131 responses: a finished literature review
/// (the demo exports, deduplicated, screened by `admin` at both stages), the demo interviews and
/// focus groups with their codings, and a study report that draws on all of it. Everything in it
/// is invented and says so.
enum DemoStudy {
    /// Screening of the demo records by title: off-topic records go at title/abstract, two more
    /// after reading the full text, with a reason. Titles are those of the demo exports.
    static func decision(_ title: String, stage: ScreeningStage) -> (ScreeningVerdict, String?) {
        let lower = title.lowercased()
        switch stage {
        case .titleAbstract:
            for word in ["mice", "soil", "antihypertensive"] where lower.contains(word) { return (.exclude, "Ander onderwerp") }
            return (.include, nil)
        case .fullText:
            if lower.contains("peer experts") { return (.exclude, "Geen ervaring met huiselijk geweld of kindermishandeling") }
            if lower.contains("secondary traumatic stress") { return (.exclude, "Ervaringskennis niet onderzocht") }
            return (.include, nil)
        }
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
        for file in try LiteratureDemo.files() {
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
                let (verdict, reason) = decision(item.record.record.title ?? "", stage: stage)
                try await services.literature.decide(screener, stage: stage, record: item.record.id, verdict: verdict, reason: reason)
            }
        }
    }
}
