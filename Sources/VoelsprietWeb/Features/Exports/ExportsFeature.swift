import Hummingbird
import VoelsprietServices

/// Every file of a study's data, one route per file, each with the right its content needs
/// (answers: analysts and leads; contact details: leads; questionnaire and codebook: all but
/// viewers). The service writes each download to the audit trail.
struct ExportsFeature: ResearcherFeature {
    let web: WebContext

    var studyRoutes: [StudyRoute] {
        ExportService.Kind.allCases.map { kind in
            StudyRoute(method: .get, path: kind.rawValue, action: kind.action) { request in
                Download.response(try await web.services.exports.export(kind, request.access, language: request.language))
            }
        }
    }
}
