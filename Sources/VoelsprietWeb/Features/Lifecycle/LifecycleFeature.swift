import Hummingbird
import VoelsprietServices

/// Deleting a study's data for its lead: the contact details on their own, or the whole study
/// (confirmed by typing its address). The service does each in one transaction with its audit row.
struct LifecycleFeature: ResearcherFeature {
    let web: WebContext

    var studyRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "data", action: .purgeData, handler: page),
            StudyRoute(method: .post, path: "data/contacts/delete", action: .purgeData, handler: deleteContacts),
            StudyRoute(method: .post, path: "data/contacts/release", action: .exportContacts, handler: releaseContacts),
            StudyRoute(method: .post, path: "data/delete", action: .purgeData, handler: deleteStudy),
        ]
    }

    var navigation: [StudyNavigationItem] {
        [StudyNavigationItem(path: "data", action: .purgeData) { _, w in w.data }]
    }

    func render(_ request: StudyRequest, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let counts = try await web.services.studies.counts(request.access)
        let waiting = try await web.services.intake.waitingContacts(slug: request.access.slug)
        return request.render(
            "study_data", title: request.workspace.dataTitle,
            DataViewModel(
                frame: request.frame, csrf: request.page.csrf,
                responses: counts.responses, contacts: counts.contacts ?? 0, waiting: waiting.waiting,
                hasWaiting: waiting.waiting > 0 && request.study.status != .open, unopenable: waiting.unopenable > 0 ? waiting.unopenable : nil, error: error), status: status)
    }

    @Sendable func page(_ request: StudyRequest) async throws -> Response { try await render(request) }

    @Sendable func deleteContacts(_ request: StudyRequest) async throws -> Response {
        _ = try await web.services.lifecycle.deleteContacts(request.access)
        return request.redirect(notice: "contacts-deleted")
    }

    @Sendable func releaseContacts(_ request: StudyRequest) async throws -> Response {
        do {
            _ = try await web.services.intake.releaseWaitingContacts(request.access)
        } catch let error as ServiceError {
            return try await render(request, error: error.message.text(request.language), status: .unprocessableContent)
        }
        return request.page.redirect("/admin/studies/\(request.access.slug)/data", notice: nil)
    }

    @Sendable func deleteStudy(_ request: StudyRequest) async throws -> Response {
        do {
            _ = try await web.services.lifecycle.deleteStudy(request.access, confirmation: request.form.first("confirm") ?? "")
        } catch let error as ServiceError {
            return try await render(request, error: error.message.text(request.language), status: .unprocessableContent)
        }
        return request.page.redirect("/admin", notice: "deleted")
    }
}

struct DataViewModel {
    let frame: StudyFrame
    let csrf: String
    let responses: Int
    let contacts: Int
    let waiting: Int
    let hasWaiting: Bool
    /// How many waiting contacts this server's key cannot open; nil when none.
    let unopenable: Int?
    let error: String?
}
