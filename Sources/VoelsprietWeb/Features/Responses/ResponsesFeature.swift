import Foundation
import Hummingbird
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

/// A study's responses for leads and analysts (browse, read one, delete one with a reason, delete
/// all test answers), and the preview link with which any member fills in the questionnaire in
/// test mode (see `RespondentSession`).
struct ResponsesFeature: ResearcherFeature {
    let web: WebContext

    var studyRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "responses", action: .manageResponses, handler: list),
            StudyRoute(method: .get, path: "responses/:id", action: .manageResponses, handler: show),
            StudyRoute(method: .post, path: "responses/:id/delete", action: .manageResponses, handler: delete),
            StudyRoute(method: .post, path: "test-responses/delete", action: .manageResponses, handler: deleteTests),
            StudyRoute(method: .get, path: "preview", action: .previewQuestionnaire, handler: preview),
        ]
    }

    var navigation: [StudyNavigationItem] {
        [StudyNavigationItem(path: "responses", action: .manageResponses) { _, w in w.responses }]
    }

    func listPage(_ request: StudyRequest, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let x = ResponsesText.forLanguage(request.language)
        let listing = try await web.services.responses.list(request.access)
        let base = "/admin/studies/\(request.study.slug)/responses"
        func rows(_ summaries: [ResponseSummary]) -> [ResponsesViewModel.Row] {
            summaries.map { .init(id: $0.id, day: $0.submittedOn, url: "\(base)/\($0.id)") }
        }
        let model = ResponsesViewModel(
            frame: request.frame, csrf: request.page.csrf, x: x.words, responses: rows(listing.responses), tests: rows(listing.tests),
            hasResponses: !listing.responses.isEmpty, hasTests: !listing.tests.isEmpty,
            responseCount: listing.responses.count, testCount: listing.tests.count,
            previewURL: request.access.allows(.previewQuestionnaire) ? "/admin/studies/\(request.study.slug)/preview" : nil,
            notice: request.page.notice(x.notices), error: error)
        return request.render("responses", title: x["title"], model, status: status)
    }

    @Sendable func list(_ request: StudyRequest) async throws -> Response { try await listPage(request) }

    func responsePage(_ request: StudyRequest, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let x = ResponsesText.forLanguage(request.language)
        let id = request.page.parameter("id")
        let (response, test) = try await web.services.responses.response(request.access, id: id)
        let model = ResponseViewModel(
            frame: request.frame, csrf: request.page.csrf, x: x.words, id: response.id, day: response.submittedOn, test: test,
            answers: ResponseViewModel.answers(of: response, instrument: request.study.instrument, language: request.language),
            deleteURL: "/admin/studies/\(request.study.slug)/responses/\(response.id)/delete", error: error)
        return request.render("response", title: "\(x["id"]) \(response.id.prefix(8))", model, status: status)
    }

    @Sendable func show(_ request: StudyRequest) async throws -> Response { try await responsePage(request) }

    @Sendable func delete(_ request: StudyRequest) async throws -> Response {
        do {
            try await web.services.responses.delete(
                request.access, id: request.page.parameter("id"), reason: request.form.first("reason") ?? "")
        } catch ServiceError.invalid(let message) {
            return try await responsePage(request, error: message.text(request.language), status: .unprocessableContent)
        }
        return request.redirect("responses", notice: "deleted")
    }

    @Sendable func deleteTests(_ request: StudyRequest) async throws -> Response {
        try await web.services.responses.deleteTests(request.access)
        return request.redirect("responses", notice: "tests-deleted")
    }

    /// Sets the test-mode cookie for this study's questionnaire and opens it.
    @Sendable func preview(_ request: StudyRequest) async throws -> Response {
        let slug = request.study.slug
        let cookie = RespondentSession(csrf: web.csrf).testCookie(slug: slug)
        var headers = HTTPFields()
        headers[.location] = "/s/\(slug)?lang=\(request.language)"
        headers[.setCookie] = cookie.description
        headers[.cacheControl] = "no-store"
        return Response(status: .seeOther, headers: headers)
    }
}
