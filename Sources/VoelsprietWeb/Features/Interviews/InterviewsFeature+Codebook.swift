import Foundation
import Hummingbird
import VoelsprietQDA
import VoelsprietServices
import VoelsprietStorage

/// The codebook page: the tree with counts, and forms to add, change, move, merge, split and
/// delete codes, to add the study's starting codebook, and to exchange it as REFI-QDA `.qdc`.
extension InterviewsFeature {
    var codebookRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "interviews/codebook", action: .viewInterviews, handler: showCodebook),
            StudyRoute(method: .post, path: "interviews/codebook/codes", action: .codeInterviews, handler: createCode),
            StudyRoute(method: .post, path: "interviews/codebook/codes/:code", action: .manageInterviews, handler: updateCode),
            StudyRoute(method: .post, path: "interviews/codebook/codes/:code/merge", action: .manageInterviews, handler: mergeCode),
            StudyRoute(method: .post, path: "interviews/codebook/codes/:code/delete", action: .manageInterviews, handler: deleteCode),
            StudyRoute(method: .post, path: "interviews/codebook/template", action: .manageInterviews, handler: applyTemplate),
        ]
    }

    func codebookPage(_ request: StudyRequest, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let t = InterviewText.forLanguage(request.language)
        let stored = try await web.services.interviews.codebook(request.access)
        let counts = try await web.services.interviews.codingCounts(request.access)
        let book = Codebook(codes: stored.map(\.code))
        let memos = Dictionary(stored.map { ($0.code.id, $0.memo ?? "") }, uniquingKeysWith: { a, _ in a })
        let outline = book.outline()
        let parents = [CodebookViewModel.Option(value: "", label: t["top"], selected: false)]
        var rows: [CodebookViewModel.CodeRow] = []
        for entry in outline {
            rows.append(Self.row(entry.code, depth: entry.depth, book: book, outline: outline, counts: counts, memos: memos, parents: parents, t: t))
        }
        let allParents: [CodebookViewModel.Option] = parents + outline.map {
            CodebookViewModel.Option(value: $0.code.id.uuidString, label: book.path(of: $0.code.id).joined(separator: " › "), selected: false)
        }
        let model = CodebookViewModel(
            frame: request.frame, csrf: request.page.csrf, t: t, canManage: request.access.allows(.manageInterviews),
            canCode: request.access.allows(.codeInterviews), codes: rows, hasCodes: !outline.isEmpty, allParents: allParents,
            notice: request.page.notice(t.notices), error: error)
        return request.render("interview_codebook", title: t["codebook"], model, status: status)
    }

    @Sendable func showCodebook(_ request: StudyRequest) async throws -> Response { try await codebookPage(request, error: nil) }

    static func row(
        _ c: Code, depth: Int, book: Codebook, outline: [(code: Code, depth: Int)], counts: [UUID: Int], memos: [UUID: String],
        parents: [CodebookViewModel.Option], t: InterviewText
    ) -> CodebookViewModel.CodeRow {
        let others = outline.map(\.code).filter { $0.id != c.id }
        let subtree = book.subtree(of: c.id)
        let label = { (code: Code) -> String in book.path(of: code.id).joined(separator: " › ") }
        let parentOptions: [CodebookViewModel.Option] = parents + others.filter { !subtree.contains($0.id) }.map {
            CodebookViewModel.Option(value: $0.id.uuidString, label: label($0), selected: $0.id == c.parentID)
        }
        let mergeOptions = others.map { CodebookViewModel.Option(value: $0.id.uuidString, label: label($0), selected: false) }
        return CodebookViewModel.CodeRow(
            id: c.id.uuidString, name: c.name, path: label(c), depth: depth, indent: Double(depth) * 1.5,
            description: c.description ?? "", colour: c.colour ?? "#dddddd", origin: c.origin == .deductive ? t["deductive"] : t["inductive"],
            isDeductive: c.origin == .deductive, count: counts[c.id] ?? 0, memo: memos[c.id] ?? "", parentOptions: parentOptions,
            mergeOptions: mergeOptions)
    }

    private func codebookBack(_ request: StudyRequest) -> (String, HTTPResponse.Status) async throws -> Response {
        { message, status in try await codebookPage(request, error: message, status: status) }
    }

    static func parent(_ request: StudyRequest) -> UUID? {
        request.form.first("parent").flatMap { UUID(uuidString: $0) }
    }

    @Sendable func createCode(_ request: StudyRequest) async throws -> Response {
        try await change(request, to: "interviews/codebook", notice: "code", page: codebookBack(request)) {
            let origin = CodeOrigin(rawValue: request.form.first("origin") ?? "") ?? .inductive
            try await web.services.interviews.createCode(
                request.access, name: request.form.first("name") ?? "", parentID: Self.parent(request),
                description: request.form.first("description"), colour: request.form.first("colour"), origin: origin)
        }
    }

    @Sendable func updateCode(_ request: StudyRequest) async throws -> Response {
        try await change(request, to: "interviews/codebook", notice: "code", page: codebookBack(request)) {
            try await web.services.interviews.updateCode(
                request.access, id: try Self.uuid(request, "code"), name: request.form.first("name") ?? "", parentID: Self.parent(request),
                description: request.form.first("description"), colour: request.form.first("colour"),
                origin: CodeOrigin(rawValue: request.form.first("origin") ?? "") ?? .inductive, memo: request.form.first("memo"))
        }
    }

    @Sendable func mergeCode(_ request: StudyRequest) async throws -> Response {
        try await change(request, to: "interviews/codebook", notice: "merged", page: codebookBack(request)) {
            try await web.services.interviews.mergeCodes(
                request.access, from: try Self.uuid(request, "code"), into: try Self.uuid(field: request.form.first("into"), "code"))
        }
    }

    @Sendable func deleteCode(_ request: StudyRequest) async throws -> Response {
        try await change(request, to: "interviews/codebook", notice: "code", page: codebookBack(request)) {
            try await web.services.interviews.deleteCode(request.access, id: try Self.uuid(request, "code"))
        }
    }

    @Sendable func applyTemplate(_ request: StudyRequest) async throws -> Response {
        try await change(request, to: "interviews/codebook", notice: "template", page: codebookBack(request)) {
            _ = try await web.services.interviews.applyTemplate(request.access, english: request.language == "en")
        }
    }
}

struct CodebookViewModel {
    struct Option {
        let value, label: String
        let selected: Bool
    }
    struct CodeRow {
        let id, name, path: String
        let depth: Int
        let indent: Double
        let description, colour, origin: String
        let isDeductive: Bool
        let count: Int
        let memo: String
        let parentOptions, mergeOptions: [Option]
    }
    let frame: StudyFrame
    let csrf: String
    let t: InterviewText
    let canManage, canCode: Bool
    let codes: [CodeRow]
    let hasCodes: Bool
    let allParents: [Option]
    let notice: String?
    let error: String?
}
