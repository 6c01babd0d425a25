import Hummingbird
import VoelsprietServices
import VoelsprietWorkspace

/// A study's audit trail for its lead: on a page and as CSV.
struct AuditFeature: ResearcherFeature {
    let web: WebContext

    var studyRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "audit", action: .viewAudit, handler: page),
            StudyRoute(method: .get, path: "audit.csv", action: .viewAudit, handler: csv),
        ]
    }

    var navigation: [StudyNavigationItem] {
        [StudyNavigationItem(path: "audit", action: .viewAudit) { _, w in w.audit }]
    }

    @Sendable func page(_ request: StudyRequest) async throws -> Response {
        let records = try await web.services.audit.studyTrail(request.access, reading: .page)
        return request.render(
            "audit", title: request.workspace.audit,
            AuditViewModel(
                frame: request.frame, heading: request.workspace.audit, csvURL: "/admin/studies/\(request.study.slug)/audit.csv",
                rows: records.map(AuditViewModel.Row.init)))
    }

    @Sendable func csv(_ request: StudyRequest) async throws -> Response {
        let filename = "\(request.study.slug)-audit.csv"
        let records = try await web.services.audit.studyTrail(request.access, reading: .download(filename: filename), limit: 10_000_000)
        return Download.response(ByteBuffer(string: AuditService.csv(records)), filename: filename, type: "text/csv; charset=utf-8")
    }
}

struct AuditViewModel {
    struct Row {
        let at: String
        let actor: String
        let action: String
        let detail: String

        init(_ record: AuditRecord) {
            at = record.at
            actor = record.entry.actor
            action = record.entry.action.rawValue
            detail = record.entry.detail
        }
    }

    let frame: StudyFrame?
    let heading: String
    let csvURL: String
    let rows: [Row]
}
