import Foundation
import Hummingbird
import VoelsprietServices
import VoelsprietWorkspace

/// Interviews and focus groups: transcripts and participants, the codebook, coding in the
/// browser, retrieval, search, coder agreement and REFI-QDA exchange. Handlers are grouped per
/// page in the `InterviewsFeature+*.swift` files; the service checks every right again.
struct InterviewsFeature: ResearcherFeature {
    let web: WebContext

    var studyRoutes: [StudyRoute] {
        sourceRoutes + codingRoutes + codebookRoutes + analysisRoutes + agreementRoutes + exchangeRoutes
    }

    var navigation: [StudyNavigationItem] {
        [StudyNavigationItem(path: "interviews", action: .viewInterviews) { _, w in w.interviews }]
    }


    /// An id from the address; one that is not a UUID names nothing that exists.
    static func uuid(_ request: StudyRequest, _ name: String) throws -> UUID {
        guard let id = UUID(uuidString: request.page.parameter(name)) else {
            throw ServiceError.notFound(ServiceMessage(nl: "Dat bestaat niet.", en: "That does not exist."))
        }
        return id
    }

    /// An id from a form field.
    static func uuid(field: String?, _ what: String) throws -> UUID {
        guard let text = field, let id = UUID(uuidString: text.trimmingCharacters(in: .whitespaces)) else {
            throw ServiceError.invalid(ServiceMessage(nl: "Kies een \(what).", en: "Choose a \(what)."))
        }
        return id
    }

    /// A JSON answer (for the coding page's script); never cached.
    static func json(_ object: Any, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Whether the client asked for JSON (the coding script) rather than a page.
    static func wantsJSON(_ request: StudyRequest) -> Bool {
        request.page.request.headers[.accept]?.contains("application/json") ?? false
    }

    /// Runs a change: success redirects to `to` with a notice; a refusal shows `page` again with
    /// the message and its status (or JSON for the script).
    func change(
        _ request: StudyRequest, to path: String, notice: String, page: @escaping (String, HTTPResponse.Status) async throws -> Response,
        _ body: () async throws -> Void
    ) async throws -> Response {
        do {
            try await body()
        } catch let error as ServiceError {
            let message = error.message.text(request.language)
            if Self.wantsJSON(request) { return Self.json(["error": message], status: error.httpStatus) }
            return try await page(message, error.httpStatus)
        }
        return request.redirect(path, notice: notice)
    }
}
