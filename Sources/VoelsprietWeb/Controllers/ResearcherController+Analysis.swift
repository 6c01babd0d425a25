import Foundation
import Hummingbird
import VoelsprietAnalysis
import VoelsprietDomain
import VoelsprietSPSS
import VoelsprietStorage

/// The analysis side of a study: the report page and its downloads, SPSS and R files.
extension ResearcherController {
    @Sendable func answersSAV(_ request: Request, context: AppRequestContext) async throws -> Response {
        let study = try await requireStudy(context)
        let rows = try await services.repositories.responses.all(studySlug: study.slug, instrument: study.instrument).map {
            SAVWriter.Row(id: $0.id, submittedOn: $0.submittedOn, answers: $0.answers)
        }
        let bytes: [UInt8]
        do {
            bytes = try SAVWriter(instrument: study.instrument, language: context.language).write(rows)
        } catch {
            throw HTTPError(.serviceUnavailable, message: error.description)
        }
        return download(ByteBuffer(bytes: bytes), filename: "\(study.slug)-answers.sav", type: "application/x-spss-sav")
    }

    @Sendable func answersRScript(_ request: Request, context: AppRequestContext) async throws -> Response {
        let study = try await requireStudy(context)
        let script = RScriptWriter(instrument: study.instrument, language: context.language, csvFileName: "\(study.slug)-answers.csv").script
        return download(script, filename: "\(study.slug)-answers.R", type: "text/plain; charset=utf-8")
    }

    /// Report settings from the query string; a message when they are not usable.
    func reportSettings(_ request: Request, study: Study, language: String) -> (splits: [String], options: ReportOptions, error: String?) {
        let query = request.uri.queryParameters
        var error: String?
        var splits = AppServices.defaultSplits(for: study.instrument)
        if let by = query.get("by") {
            splits = by.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var alpha = 0.05
        if let text = query.get("alpha"), !text.isEmpty {
            if let value = Double(text.replacingOccurrences(of: ",", with: ".")), value > 0, value < 1 {
                alpha = value
            } else {
                error = language == "en" ? "α must be a number between 0 and 1; 0.05 is used." : "α moet een getal tussen 0 en 1 zijn; 0,05 wordt gebruikt."
            }
        }
        let style = ReportOptions.Style(rawValue: query.get("style") ?? "") ?? .dutch
        return (splits, ReportOptions(alpha: alpha, style: style, language: language), error)
    }

    @Sendable func reportPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let study = try await requireStudy(context)
        var (splits, options, error) = reportSettings(request, study: study, language: context.language)
        let report: AnalysisReport
        do {
            report = try await services.report(of: study, splits: splits, options: options)
        } catch let failure as AnalysisError {
            error = failure.description
            splits = []
            report = try await services.report(of: study, splits: splits, options: options)
        }
        var components = URLComponents()
        components.queryItems = [
            URLQueryItem(name: "by", value: splits.joined(separator: ",")),
            URLQueryItem(name: "alpha", value: "\(options.alpha)"), URLQueryItem(name: "style", value: options.style.rawValue),
        ]
        let model = ReportViewModel(
            slug: study.slug, title: study.title, by: splits.joined(separator: ","), alpha: "\(options.alpha)",
            isDutch: options.style == .dutch, query: components.percentEncodedQuery ?? "",
            reportHTML: HTMLRenderer(report: report).render(standalone: false), error: error)
        return services.renderer.response("admin_report", page("\(text(context).report): \(study.title)", context, model))
    }

    func reportDownload(_ request: Request, context: AppRequestContext, format: ReportFormat) async throws -> Response {
        let study = try await requireStudy(context)
        let (splits, options, _) = reportSettings(request, study: study, language: context.language)
        let report: AnalysisReport
        do {
            report = try await services.report(of: study, splits: splits, options: options)
        } catch let failure as AnalysisError {
            throw HTTPError(.badRequest, message: failure.description)
        }
        return download(format.render(report), filename: "\(study.slug)-\(format.fileName)", type: format.contentType)
    }
}
