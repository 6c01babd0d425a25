import Foundation
import Hummingbird
import VoelsprietAnalysis
import VoelsprietDomain
import VoelsprietServices

/// A study's report page and its downloads (HTML, Markdown, CSV, JSON). The service applies
/// the reader's role: members without the detailed right never see small groups or open answers.
struct ReportFeature: ResearcherFeature {
    let web: WebContext

    var studyRoutes: [StudyRoute] {
        [StudyRoute(method: .get, path: "report", action: .viewReport, handler: page)]
            + ReportFormat.allCases.map { format in
                StudyRoute(method: .get, path: "report.\(format.rawValue)", action: .viewReport) { request in
                    try await download(request, format: format)
                }
            }
    }

    var navigation: [StudyNavigationItem] {
        [StudyNavigationItem(path: "report", action: .viewReport) { r, _ in r.report }]
    }

    struct Settings {
        var splits: [String]
        var options: ReportOptions
        var error: String?
    }

    /// Report settings from the query string; a message when they are not usable.
    func settings(_ request: StudyRequest) -> Settings {
        let query = request.page.request.uri.queryParameters
        let language = request.language
        var settings = Settings(
            splits: ReportService.defaultSplits(for: request.study.instrument), options: ReportOptions(language: language))
        if let by = query.get("by") {
            settings.splits = ReportService.splits(
                by.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }, for: request.access)
        }
        if let text = query.get("alpha"), !text.isEmpty {
            if let value = Double(text.replacingOccurrences(of: ",", with: ".")), value > 0, value < 1 {
                settings.options.alpha = value
            } else {
                settings.error = language == "en" ? "α must be a number between 0 and 1; 0.05 is used." : "α moet een getal tussen 0 en 1 zijn; 0,05 wordt gebruikt."
            }
        }
        if let text = query.get("min_group"), !text.isEmpty {
            if let value = Int(text), (0...1000).contains(value) {
                settings.options.minimumGroupSize = value
            } else {
                settings.error = language == "en" ? "The smallest group shown must be a whole number; 5 is used." : "De kleinste getoonde groep moet een geheel getal zijn; 5 wordt gebruikt."
            }
        }
        settings.options.style = ReportOptions.Style(rawValue: query.get("style") ?? "") ?? .dutch
        settings.options = ReportService.restricted(settings.options, for: request.access)
        return settings
    }

    @Sendable func page(_ request: StudyRequest) async throws -> Response {
        var settings = settings(request)
        let report: AnalysisReport
        do {
            report = try await web.services.reports.report(request.access, splits: settings.splits, options: settings.options)
        } catch let failure as AnalysisError {
            settings.error = failure.description
            settings.splits = []
            report = try await web.services.reports.report(request.access, splits: [], options: settings.options)
        }
        var components = URLComponents()
        components.queryItems = [
            URLQueryItem(name: "by", value: settings.splits.joined(separator: ",")),
            URLQueryItem(name: "alpha", value: "\(settings.options.alpha)"),
            URLQueryItem(name: "style", value: settings.options.style.rawValue),
            URLQueryItem(name: "min_group", value: "\(settings.options.minimumGroupSize)"),
        ]
        let detailed = request.access.allows(.viewDetailedReport)
        let model = ReportViewModel(
            frame: request.frame, slug: request.study.slug, title: request.study.title, by: settings.splits.joined(separator: ","),
            alpha: "\(settings.options.alpha)", minGroup: "\(settings.options.minimumGroupSize)", detailed: detailed,
            aggregateNote: detailed ? nil : (request.language == "en"
                ? "As a \(request.workspace.roleName(request.access.role?.rawValue ?? "")) you see the aggregate report: groups of fewer than \(ReportService.minimumGroupForAggregate) are always hidden and open answers are not shown."
                : "Als \(request.workspace.roleName(request.access.role?.rawValue ?? "")) ziet u de samengevatte rapportage: groepen kleiner dan \(ReportService.minimumGroupForAggregate) zijn altijd verborgen en open antwoorden worden niet getoond."),
            isDutch: settings.options.style == .dutch, query: components.percentEncodedQuery ?? "",
            reportHTML: HTMLRenderer(report: report).render(standalone: false), error: settings.error)
        return request.render("admin_report", title: request.text.report, model)
    }

    func download(_ request: StudyRequest, format: ReportFormat) async throws -> Response {
        let settings = settings(request)
        let report: AnalysisReport
        do {
            report = try await web.services.reports.report(
                request.access, splits: settings.splits, options: settings.options, auditDetail: "report.\(format.rawValue)")
        } catch let failure as AnalysisError {
            throw HTTPError(.badRequest, message: failure.description)
        }
        return Download.response(
            ByteBuffer(string: format.render(report)), filename: "\(request.study.slug)-\(format.fileName)", type: format.contentType)
    }
}

/// The report page of a study.
struct ReportViewModel {
    let frame: StudyFrame
    let slug: String
    let title: String
    let by: String
    let alpha: String
    let minGroup: String
    let detailed: Bool
    let aggregateNote: String?
    let isDutch: Bool
    let query: String
    /// Already escaped by the report renderer.
    let reportHTML: String
    let error: String?
}
