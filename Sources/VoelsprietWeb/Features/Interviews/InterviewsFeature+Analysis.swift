import Foundation
import Hummingbird
import VoelsprietAnalysis
import VoelsprietQDA
import VoelsprietServices
import VoelsprietStorage

/// Retrieval and analysis: the fragments of a code (filtered by participant type and
/// attribute), the code × participant-type matrix with co-occurrence, and the quote report.
extension InterviewsFeature {
    var analysisRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "interviews/codes/:code", action: .viewInterviews, handler: fragmentsPage),
            StudyRoute(method: .get, path: "interviews/matrix", action: .viewInterviews, handler: matrixPage),
            StudyRoute(method: .get, path: "interviews/quotes.md", action: .viewInterviews, handler: quotesMarkdown),
            StudyRoute(method: .get, path: "interviews/quotes.html", action: .viewInterviews, handler: quotesHTML),
        ] + searchRoutes
    }

    @Sendable func fragmentsPage(_ request: StudyRequest) async throws -> Response {
        let t = InterviewText.forLanguage(request.language)
        let codeID = try Self.uuid(request, "code")
        let service = web.services.interviews
        let type = request.page.query("type").flatMap { $0.isEmpty ? nil : ParticipantType(rawValue: $0) }
        let attribute = request.page.query("attribute") ?? ""
        let value = request.page.query("value") ?? ""
        var filter = ParticipantFilter(types: type.map { [$0] } ?? [])
        if !attribute.isEmpty && !value.isEmpty { filter.attributes[attribute] = value }
        let submitted = request.page.query("type") != nil
        let subcodes = submitted ? request.page.query("sub") == "1" : true
        let fragments = try await service.fragments(request.access, codeID: codeID, includeSubcodes: subcodes, filter: filter)
        let codes = try await service.codebook(request.access)
        let book = Codebook(codes: codes.map(\.code))
        let variables = try await service.variables(request.access)
        let model = FragmentsViewModel(
            frame: request.frame, t: t, codeID: codeID.uuidString, codePath: book.path(of: codeID).joined(separator: " › "),
            description: book.code(codeID)?.description ?? "", count: fragments.count,
            fragmentsHTML: Self.fragmentList(fragments, book: book, slug: request.study.slug),
            hasFragments: !fragments.isEmpty,
            typeOptions: ParticipantType.builtIn.map { .init(value: $0.rawValue, label: t.typeName($0), selected: $0 == type) },
            attributeOptions: variables.map { .init(value: $0.name, label: $0.name, selected: $0.name == attribute) },
            value: value, subcodes: subcodes)
        return request.render("interview_fragments", title: t["fragments"], model)
    }

    /// The list of fragments as HTML, written directly: a code with 10,000 codings would take
    /// seconds through the template engine's reflection. Every value is escaped per scalar.
    static func fragmentList(_ fragments: [Fragment], book: Codebook, slug: String) -> String {
        let e = MarkupEscape.html
        var names: [UUID: String] = [:]
        for c in book.codes { names[c.id] = e(c.name) }
        var out = ""
        out.reserveCapacity(fragments.reduce(0) { $0 + $1.text.utf8.count + 300 })
        for f in fragments {
            let coding = f.coding.id.uuidString, source = f.coding.sourceID.uuidString
            out += "<li data-coding=\"\(coding)\"><blockquote class=\"fragment-text\">\(e(f.text))</blockquote>\n"
            out += "  <p class=\"small\">(\(e(f.quoteLabel))) · \(names[f.coding.codeID] ?? "")"
            out += " · <a href=\"/admin/studies/\(e(slug))/interviews/sources/\(source)#c-\(coding)\">\(e(f.sourceName))</a>"
            if let speaker = f.speaker { out += " · \(e(speaker))" }
            if let time = f.time { out += " · \(time.startLabel)" }
            out += "</p></li>\n"
        }
        return out
    }

    @Sendable func matrixPage(_ request: StudyRequest) async throws -> Response {
        let t = InterviewText.forLanguage(request.language)
        let service = web.services.interviews
        let matrix = try await service.matrix(request.access)
        let pairs = try await service.coOccurrence(request.access)
        let book = Codebook(codes: matrix.codes.map(\.code))
        let model = MatrixViewModel(
            frame: request.frame, t: t, types: matrix.types.map { t.typeName($0) },
            rows: matrix.codes.map { entry in
                .init(
                    id: entry.code.id.uuidString, name: entry.code.name, depth: entry.depth,
                    cells: matrix.types.map { matrix.counts[entry.code.id]?[$0] ?? 0 }, total: matrix.totals[entry.code.id] ?? 0)
            },
            pairs: pairs.sorted { $0.value > $1.value }.prefix(100).map {
                .init(first: book.path(of: $0.key.first).joined(separator: " › "), second: book.path(of: $0.key.second).joined(separator: " › "), count: $0.value)
            },
            hasPairs: !pairs.isEmpty)
        return request.render("interview_matrix", title: t["matrix"], model)
    }

    @Sendable func quotesMarkdown(_ request: StudyRequest) async throws -> Response {
        let report = try await web.services.interviews.quoteReport(request.access, english: request.language == "en")
        try await web.services.interviews.recordQuotesExported(request.access, format: "md")
        return Download.response(
            ByteBuffer(string: report.markdown()), filename: "\(request.study.slug)-quotes.md", type: "text/markdown; charset=utf-8")
    }

    @Sendable func quotesHTML(_ request: StudyRequest) async throws -> Response {
        let report = try await web.services.interviews.quoteReport(request.access, english: request.language == "en")
        try await web.services.interviews.recordQuotesExported(request.access, format: "html")
        return Download.response(
            ByteBuffer(string: report.html(language: request.language)), filename: "\(request.study.slug)-quotes.html",
            type: "text/html; charset=utf-8")
    }
}

struct FragmentsViewModel {
    struct Option {
        let value, label: String
        let selected: Bool
    }
    let frame: StudyFrame
    let t: InterviewText
    let codeID, codePath, description: String
    let count: Int
    let fragmentsHTML: String
    let hasFragments: Bool
    let typeOptions, attributeOptions: [Option]
    let value: String
    let subcodes: Bool
}

struct MatrixViewModel {
    struct Row {
        let id, name: String
        let depth: Int
        let cells: [Int]
        let total: Int
    }
    struct Pair {
        let first, second: String
        let count: Int
    }
    let frame: StudyFrame
    let t: InterviewText
    let types: [String]
    let rows: [Row]
    let pairs: [Pair]
    let hasPairs: Bool
}
