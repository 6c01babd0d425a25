import Foundation
import Hummingbird
import VoelsprietServices

/// REFI-QDA exchange: the project as `.qdpx`, the codebook as `.qdc`, and imports of both.
extension InterviewsFeature {
    var exchangeRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "interviews/project.qdpx", action: .manageInterviews, handler: exportProject),
            StudyRoute(
                method: .post, path: "interviews/project", action: .manageInterviews, bodyLimit: BodyLimit.projectUpload,
                handler: importProject),
            StudyRoute(method: .get, path: "interviews/codebook.qdc", action: .viewInterviews, handler: exportCodebook),
            StudyRoute(
                method: .post, path: "interviews/codebook/import", action: .manageInterviews, bodyLimit: BodyLimit.projectUpload,
                handler: importCodebook),
        ]
    }

    @Sendable func exportProject(_ request: StudyRequest) async throws -> Response {
        let export = try await web.services.interviews.exportProject(request.access)
        return Download.response(
            ByteBuffer(bytes: export.data), filename: "\(request.study.slug).qdpx", type: "application/octet-stream")
    }

    @Sendable func exportCodebook(_ request: StudyRequest) async throws -> Response {
        let export = try await web.services.interviews.exportCodebook(request.access)
        return Download.response(ByteBuffer(bytes: export.data), filename: "\(request.study.slug).qdc", type: "application/xml")
    }

    @Sendable func importProject(_ request: StudyRequest) async throws -> Response {
        try await change(request, to: "interviews", notice: "project", page: back(request)) {
            guard let file = request.form.files.first(where: { $0.field == "file" && !$0.bytes.isEmpty }) else {
                throw ServiceError.invalid(ServiceMessage(nl: "Kies een bestand.", en: "Choose a file."))
            }
            _ = try await web.services.interviews.importProject(request.access, data: Data(file.bytes), fileName: file.fileName)
        }
    }

    @Sendable func importCodebook(_ request: StudyRequest) async throws -> Response {
        try await change(request, to: "interviews/codebook", notice: "codebook", page: back(request)) {
            guard let file = request.form.files.first(where: { $0.field == "file" && !$0.bytes.isEmpty }) else {
                throw ServiceError.invalid(ServiceMessage(nl: "Kies een bestand.", en: "Choose a file."))
            }
            _ = try await web.services.interviews.importCodebook(request.access, data: Data(file.bytes), fileName: file.fileName)
        }
    }
}
