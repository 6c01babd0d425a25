import Foundation
import Hummingbird
import VoelsprietLiterature
import VoelsprietServices
import VoelsprietStorage

/// The overview page: counts, the PRISMA flow, searches, imported files, and the forms that
/// add to them.
extension LiteratureFeature {
    func overviewPage(_ request: StudyRequest, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let t = LiteratureText.forLanguage(request.language)
        let service = web.services.literature
        let searches = try await service.searches(request.access)
        let imports = try await service.imports(request.access)
        let flow = try await service.prismaFlow(request.access, language: request.language)
        let model = LiteratureOverviewViewModel(
            frame: request.frame, csrf: request.page.csrf, t: t,
            canManage: request.access.allows(.manageLiterature), canAssign: request.access.allows(.assignScreeners),
            canScreen: request.access.allows(.screenLiterature),
            counts: .init(records: flow.counts.records, unique: flow.counts.unique, duplicates: flow.counts.duplicates,
                          screened: flow.counts.screened, included: flow.counts.included),
            prismaSVG: flow.svg, flowProblems: flow.problems.map(\.description),
            searches: searches.map {
                .init(id: String($0.id), database: $0.database, runOn: $0.runOn, query: $0.query, hits: $0.hits.map(String.init) ?? "–",
                      note: $0.note)
            },
            imports: imports.map {
                .init(file: $0.fileName, format: $0.format, database: $0.database ?? "–",
                      origin: $0.origin == .database ? t.originDatabase : t.originOther, records: $0.recordCount,
                      warnings: $0.warnings.prefix(20).map { $0 }, warningCount: $0.warnings.count, by: $0.importedBy, at: $0.importedAt,
                      hasWarnings: !$0.warnings.isEmpty)
            },
            searchOptions: searches.map { .init(value: String($0.id), label: "\($0.database), \($0.runOn)") },
            hasSearches: !searches.isEmpty, hasImports: !imports.isEmpty, today: Clock.today(), notice: request.page.notice(t.notices), error: error)
        return request.render("literature", title: t.title, model, status: status)
    }

    @Sendable func overview(_ request: StudyRequest) async throws -> Response { try await overviewPage(request) }

    /// Runs a change; a refusal shows the overview again with the message, success redirects.
    func change(_ request: StudyRequest, notice: String, _ body: () async throws -> Void) async throws -> Response {
        do {
            try await body()
        } catch let error as ServiceError {
            return try await overviewPage(request, error: error.message.text(request.language), status: error.httpStatus)
        }
        return request.redirect("literature", notice: notice)
    }

    @Sendable func recordSearch(_ request: StudyRequest) async throws -> Response {
        try await change(request, notice: "search") {
            let hitsText = (request.form.first("hits") ?? "").trimmingCharacters(in: .whitespaces)
            guard hitsText.isEmpty || Int(hitsText) != nil else {
                throw ServiceError.invalid(ServiceMessage(nl: "Het aantal treffers moet een getal zijn.", en: "The number of hits must be a number."))
            }
            try await web.services.literature.recordSearch(
                request.access, database: request.form.first("database") ?? "", runOn: request.form.first("run_on") ?? "",
                query: request.form.first("query") ?? "", hits: Int(hitsText), note: request.form.first("note") ?? "")
        }
    }

    @Sendable func importFile(_ request: StudyRequest) async throws -> Response {
        try await change(request, notice: "imported") {
            guard let file = request.form.files.first(where: { $0.field == "file" }) else {
                throw ServiceError.invalid(ServiceMessage(nl: "Kies een bestand.", en: "Choose a file."))
            }
            let origin = LiteratureOrigin(rawValue: request.form.first("origin") ?? "") ?? .database
            let search = request.form.first("search").flatMap { Int64($0) }
            let encoding = request.form.first("encoding").flatMap(TextEncodingChoice.init(rawValue:))
            _ = try await web.services.literature.importFile(
                request.access, data: Data(file.bytes), fileName: file.fileName, origin: origin, searchID: search, encoding: encoding)
        }
    }

    @Sendable func addRecord(_ request: StudyRequest) async throws -> Response {
        try await change(request, notice: "added") {
            let field = { (name: String) -> String? in
                let value = (request.form.first(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : value
            }
            let yearText = field("year")
            guard yearText == nil || Int(yearText!) != nil else {
                throw ServiceError.invalid(ServiceMessage(nl: "Het jaar moet een getal zijn.", en: "The year must be a number."))
            }
            let authors = (field("authors") ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            let record = LiteratureRecord(
                id: "manual", title: field("title"), abstract: field("abstract"), authors: authors, year: yearText.flatMap { Int($0) },
                journal: field("journal"), doi: field("doi"), url: field("url"), type: "grey")
            _ = try await web.services.literature.addManualRecord(request.access, record)
        }
    }
}

struct LiteratureOverviewViewModel {
    struct Counts {
        let records, unique, duplicates, screened, included: Int
    }

    struct Search {
        let id, database, runOn, query, hits, note: String
    }

    struct Import {
        let file, format, database, origin: String
        let records: Int
        let warnings: [String]
        let warningCount: Int
        let by, at: String
        let hasWarnings: Bool
    }

    struct Option {
        let value, label: String
    }

    let frame: StudyFrame
    let csrf: String
    let t: LiteratureText
    let canManage, canAssign, canScreen: Bool
    let counts: Counts
    let prismaSVG: String
    /// What in the flow does not add up yet (records still to screen, for instance).
    let flowProblems: [String]
    let searches: [Search]
    let imports: [Import]
    let searchOptions: [Option]
    let hasSearches: Bool
    let hasImports: Bool
    let today: String
    let notice: String?
    let error: String?
}
