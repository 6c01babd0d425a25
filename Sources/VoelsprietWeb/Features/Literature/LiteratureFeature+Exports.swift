import Hummingbird
import VoelsprietLiterature
import VoelsprietServices

/// The review's downloads, one route each with the right its content needs; `?dialect=excel`
/// gives CSV files with `;` and a byte-order mark for Dutch Excel.
extension LiteratureFeature {
    var exportRoutes: [StudyRoute] {
        LiteratureService.Download.allCases.map { kind in
            StudyRoute(method: .get, path: kind.rawValue, action: kind.action) { request in
                let dialect: CSVDialect = request.page.query("dialect") == "excel" ? .excelDutch : .standard
                let file = try await web.services.literature.download(kind, request.access, language: request.language, dialect: dialect)
                return Download.response(file)
            }
        }
    }
}
