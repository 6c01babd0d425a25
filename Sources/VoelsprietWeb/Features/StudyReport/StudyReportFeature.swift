import Foundation
import Hummingbird
import VoelsprietAnalysis
import VoelsprietDocument
import VoelsprietServices
import VoelsprietSynthesis
import VoelsprietWorkspace

/// The study report: the composed report as this member may see it (every number a link to
/// what produced it), its downloads, the composer's forms, frozen versions and what moved.
/// Handlers are small; the service checks every right again and holds the rules.
struct StudyReportFeature: ResearcherFeature {
    let web: WebContext

    var studyRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "synthesis", action: .viewStudyReport, handler: page),
            StudyRoute(method: .get, path: "synthesis/report.html", action: .viewStudyReport) { try await download($0, .html) },
            StudyRoute(method: .get, path: "synthesis/report.docx", action: .viewStudyReport) { try await download($0, .docx) },
            StudyRoute(method: .get, path: "synthesis/report.md", action: .viewStudyReport) { try await download($0, .md) },
            StudyRoute(method: .post, path: "synthesis/edit", action: .composeStudyReport, bodyLimit: BodyLimit.standard, handler: edit),
            StudyRoute(method: .post, path: "synthesis/freeze", action: .composeStudyReport, handler: freeze),
            StudyRoute(method: .get, path: "synthesis/versions/:version", action: .composeStudyReport, handler: version),
        ]
    }

    var navigation: [StudyNavigationItem] {
        [StudyNavigationItem(path: "synthesis", action: .viewStudyReport) { _, w in w.studyReport }]
    }

    struct ViewModel: Sendable {
        let frame: StudyFrame
        let stylesheet: String
        let heading: String
        let notice: String?
        let error: String?
        let toolbarHTML: String
        let editorHTML: String
        let reportHTML: String
        let sideHTML: String
    }

    @Sendable func page(_ request: StudyRequest) async throws -> Response {
        try await page(request, error: nil, status: .ok)
    }

    func page(_ request: StudyRequest, error: String?, status: HTTPResponse.Status) async throws -> Response {
        let t = StudyReportText.forLanguage(request.language)
        let service = web.services.studyReport
        let composed = try await service.compose(request.access, language: request.language)
        let canCompose = request.access.allows(.composeStudyReport)
        var report = HTMLDocumentWriter().write(composed.document, mode: .fragment)
        if composed.definition.sections.isEmpty { report = "<p>\(MarkupEscape.html(t["empty"]))</p>" }
        var side = ""
        var editor = ""
        if canCompose {
            let options = StudyReportEditor.Options(request, data: composed.data)
            editor = StudyReportEditor(t: t, slug: request.study.slug, csrf: request.page.csrf, options: options)
                .html(composed.definition, revision: composed.revision)
            let versions = try await service.versions(request.access)
            let changes =
                versions.isEmpty
                ? [] : try await service.changes(request.access, since: nil, language: request.language, current: composed.facts.facts)
            side = StudyReportEditor.versionsHTML(t, slug: request.study.slug, csrf: request.page.csrf, versions: versions, changes: changes, english: request.language == "en")
                + StudyReportEditor.factsHTML(t, composed.facts, english: request.language == "en")
        }
        let model = ViewModel(
            frame: request.frame, stylesheet: StaticAssets.shared.path("report-document.css"), heading: t["title"], notice: request.page.notice(t.notices), error: error,
            toolbarHTML: Self.toolbar(t, slug: request.study.slug), editorHTML: editor, reportHTML: report, sideHTML: side)
        return request.render("study_report", title: t["title"], model, status: status)
    }

    static func toolbar(_ t: StudyReportText, slug: String) -> String {
        let base = "/admin/studies/\(MarkupEscape.html(slug))/synthesis/report"
        return "<p class=\"downloads\">\(MarkupEscape.html(t["download"])): <a href=\"\(base).html\">\(MarkupEscape.html(t["html"]))</a> · "
            + "<a href=\"\(base).docx\">\(MarkupEscape.html(t["docx"]))</a> · <a href=\"\(base).md\">\(MarkupEscape.html(t["md"]))</a></p>"
    }

    func download(_ request: StudyRequest, _ format: StudyReportService.Format) async throws -> Response {
        let file = try await web.services.studyReport.export(request.access, format: format, language: request.language)
        return Download.response(ByteBuffer(bytes: file.bytes), filename: file.filename, type: file.contentType)
    }

    @Sendable func freeze(_ request: StudyRequest) async throws -> Response {
        do {
            _ = try await web.services.studyReport.freeze(request.access, note: request.form.first("note"), language: request.language)
        } catch let error as ServiceError {
            return try await page(request, error: error.message.text(request.language), status: error.httpStatus)
        }
        return request.redirect("synthesis", notice: "frozen")
    }

    @Sendable func version(_ request: StudyRequest) async throws -> Response {
        guard let number = Int(request.page.parameter("version")), number > 0 else {
            throw ServiceError.notFound(ServiceMessage(nl: "Die versie bestaat niet.", en: "That version does not exist."))
        }
        let stored = try await web.services.studyReport.version(request.access, number: number)
        let name = "\(request.study.slug)-rapport-v\(number)"
        switch request.page.query("format") ?? "html" {
        case "docx":
            return Download.response(ByteBuffer(bytes: stored.docx), filename: "\(name).docx", type: StudyReportService.Format.docx.contentType)
        case "md":
            return Download.response(ByteBuffer(bytes: Array(stored.markdown.utf8)), filename: "\(name).md", type: StudyReportService.Format.md.contentType)
        default:
            var headers = HTTPFields()
            headers[.contentType] = StudyReportService.Format.html.contentType
            headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: stored.html)))
        }
    }

    @Sendable func edit(_ request: StudyRequest) async throws -> Response {
        do {
            let revision = Int(request.form.first("revision") ?? "") ?? -1
            let change = try StudyReportEdit.parse(request.form)
            try await web.services.studyReport.edit(request.access, revision: revision, what: change.name, change.apply)
        } catch let error as ServiceError {
            return try await page(request, error: error.message.text(request.language), status: error.httpStatus)
        }
        return request.redirect("synthesis", notice: "saved")
    }
}
