import Hummingbird
import VoelsprietServices
import VoelsprietWorkspace

/// The literature review of a study: searches and imports, duplicates, blind dual screening,
/// conflicts, the PRISMA flow and the exports. The handlers are grouped per page in the
/// `LiteratureFeature+*.swift` files; the service checks every right again.
struct LiteratureFeature: ResearcherFeature {
    let web: WebContext

    var studyRoutes: [StudyRoute] {
        overviewRoutes + duplicateRoutes + screeningRoutes + exportRoutes
    }

    var overviewRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "literature", action: .viewLiterature, handler: overview),
            StudyRoute(method: .post, path: "literature/searches", action: .manageLiterature, handler: recordSearch),
            StudyRoute(
                method: .post, path: "literature/imports", action: .manageLiterature, bodyLimit: BodyLimit.literatureUpload,
                handler: importFile),
            StudyRoute(method: .post, path: "literature/records", action: .manageLiterature, handler: addRecord),
        ]
    }

    var navigation: [StudyNavigationItem] {
        [
            StudyNavigationItem(path: "literature", action: .viewLiterature) { _, w in w.literature },
            StudyNavigationItem(path: "literature/screening", action: .screenLiterature) { _, w in w.screening },
        ]
    }


    /// A record id from the address; an id that is not a number is a record that does not exist.
    static func recordID(_ request: StudyRequest, _ name: String = "record") throws -> Int64 {
        guard let id = Int64(request.page.parameter(name)), id > 0 else {
            throw ServiceError.notFound(ServiceMessage(nl: "Dat record bestaat niet.", en: "That record does not exist."))
        }
        return id
    }
}
