import Foundation
import Hummingbird
import VoelsprietQDA
import VoelsprietServices
import VoelsprietStorage

/// Searching all transcripts of the study, with the hits in context and "code all hits".
extension InterviewsFeature {
    var searchRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "interviews/search", action: .viewInterviews, handler: searchPage),
            StudyRoute(method: .post, path: "interviews/search/code", action: .codeInterviews, handler: codeAllHits),
        ]
    }

    @Sendable func searchPage(_ request: StudyRequest) async throws -> Response {
        let t = InterviewText.forLanguage(request.language)
        let q = String((request.page.query("q") ?? "").prefix(500))
        let language = StemLanguage(rawValue: request.page.query("language") ?? "") ?? .dutch
        let service = web.services.interviews
        var model = SearchViewModel(
            frame: request.frame, csrf: request.page.csrf, t: t, q: q, isEnglish: language == .english, searched: !q.isEmpty,
            total: 0, sourceCount: 0, sources: [], truncated: false, canCode: request.access.allows(.codeInterviews),
            codeOptions: [], notice: request.page.notice(t.notices))
        if !q.isEmpty {
            let result = try await service.search(request.access, query: q, language: language)
            model.total = result.totalHits
            model.hasHits = result.totalHits > 0
            model.sourceCount = result.sources.count
            model.truncated = result.truncated
            model.sources = result.sources.map { entry in
                .init(
                    id: entry.source.id.uuidString, name: entry.source.name, participants: entry.source.participantLabels.joined(separator: ", "),
                    hits: entry.hits.map { hit in
                        let c = hit.context(in: entry.source.text, radius: 60)
                        return .init(before: c.before, match: c.match, after: c.after, start: hit.range.start)
                    })
            }
            let book = Codebook(codes: try await service.codebook(request.access).map(\.code))
            model.codeOptions = book.outline().filter(\.code.isCodable).map {
                .init(value: $0.code.id.uuidString, label: book.path(of: $0.code.id).joined(separator: " › "))
            }
        }
        return request.render("interview_search", title: t["search"], model)
    }

    @Sendable func codeAllHits(_ request: StudyRequest) async throws -> Response {
        let q = request.form.first("q") ?? ""
        let language = StemLanguage(rawValue: request.form.first("language") ?? "") ?? .dutch
        let back = "interviews/search?q=\(q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")&language=\(language.rawValue)"
        return try await change(request, to: back, notice: "hits", page: { message, status in
            try await overviewPage(request, error: message, status: status)
        }) {
            _ = try await web.services.interviews.codeAllHits(
                request.access, query: q, language: language, codeID: try Self.uuid(field: request.form.first("code"), "code"))
        }
    }
}

struct SearchViewModel {
    struct Hit {
        let before, match, after: String
        let start: Int
    }
    struct SourceRow {
        let id, name, participants: String
        let hits: [Hit]
    }
    struct Option {
        let value, label: String
    }
    let frame: StudyFrame
    let csrf: String
    let t: InterviewText
    let q: String
    let isEnglish, searched: Bool
    var total, sourceCount: Int
    var hasHits = false
    var sources: [SourceRow]
    var truncated: Bool
    let canCode: Bool
    var codeOptions: [Option]
    let notice: String?
}
