import Foundation
import Hummingbird
import VoelsprietQDA
import VoelsprietServices
import VoelsprietStorage

/// The transcript page: reading and coding. Without JavaScript it shows the text with the
/// member's codings marked and forms to code by position and to remove a coding; `coding.js`
/// adds selection, the code picker and undo, talking JSON to the same routes (positions in
/// UTF-16 units there, as the browser counts; converted to Unicode scalars by the service).
extension InterviewsFeature {
    var codingRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "interviews/sources/:source", action: .viewInterviews, handler: showSource),
            StudyRoute(method: .post, path: "interviews/sources/:source/codings", action: .codeInterviews, handler: addCoding),
            StudyRoute(method: .post, path: "interviews/sources/:source/codings/restore", action: .codeInterviews, handler: restoreCoding),
            StudyRoute(method: .post, path: "interviews/sources/:source/codings/:coding/delete", action: .codeInterviews, handler: deleteCoding),
            StudyRoute(method: .post, path: "interviews/sources/:source/codings/:coding/memo", action: .codeInterviews, handler: codingMemo),
            StudyRoute(method: .post, path: "interviews/sources/:source/codes", action: .codeInterviews, handler: quickCode),
        ]
    }

    func sourcePage(_ request: StudyRequest, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let t = InterviewText.forLanguage(request.language)
        let id = try Self.uuid(request, "source")
        let showOthers = request.page.query("others") == "1"
        let view = try await web.services.interviews.codingView(request.access, sourceID: id, includeOthers: showOthers)
        let index = PositionIndex(view.source.text)
        let book = Codebook(codes: view.codes.map(\.code))
        let names = Dictionary(view.codes.map { ($0.code.id, $0.code.name) }, uniquingKeysWith: { a, _ in a })
        let coderNames = Dictionary(view.coders.map { ($0.coder.id, $0.coder.name) }, uniquingKeysWith: { a, _ in a })
        let marks = view.codings.map {
            TranscriptHTML.Mark(range: $0.coding.range, id: $0.coding.id.uuidString, title: names[$0.coding.codeID] ?? "?")
        }
        let data = CodingPageData.json(view: view, index: index, book: book, texts: t)
        let model = SourcePageViewModel(
            frame: request.frame, csrf: request.page.csrf, t: t, id: id.uuidString, name: view.source.name,
            participants: view.source.participantLabels.joined(separator: ", "), memo: view.source.memo ?? "",
            transcriptHTML: TranscriptHTML.render(text: view.source.text, marks: marks, turns: view.source.turns),
            dataJSON: data, canCode: request.access.allows(.codeInterviews),
            codings: view.codings.map { c in
                .init(
                    id: c.coding.id.uuidString, code: book.path(of: c.coding.codeID).joined(separator: " › "),
                    text: String(index.substring(c.coding.range).prefix(160)), start: c.coding.range.start, end: c.coding.range.end,
                    coder: coderNames[c.coding.coderID] ?? "?", memo: c.coding.memo ?? "", own: c.coding.coderID == view.ownCoderID)
            },
            hasCodings: !view.codings.isEmpty,
            codeOptions: book.outline().filter(\.code.isCodable).map {
                .init(value: $0.code.id.uuidString, label: String(repeating: "— ", count: $0.depth) + $0.code.name)
            },
            othersVisible: view.othersVisible, showingOthers: showOthers && view.othersVisible, scalarCount: index.scalarCount,
            notice: request.page.notice(t.notices), error: error)
        return request.render("interview_source", title: view.source.name, model, status: status)
    }

    @Sendable func showSource(_ request: StudyRequest) async throws -> Response { try await sourcePage(request, error: nil) }

    private func sourceBack(_ request: StudyRequest) -> (String, HTTPResponse.Status) async throws -> Response {
        { message, status in try await sourcePage(request, error: message, status: status) }
    }

    private func sourcePath(_ request: StudyRequest) -> String { "interviews/sources/\(request.page.parameter("source"))" }

    @Sendable func addCoding(_ request: StudyRequest) async throws -> Response {
        let unit: InterviewService.PositionUnit = request.form.first("unit") == "utf16" ? .utf16 : .scalar
        var made: [StoredCoding] = []
        var index: PositionIndex?
        let response = try await change(request, to: sourcePath(request), notice: "coded", page: sourceBack(request)) {
            // The source is read once: its positions convert the browser's range and the answer.
            let source = try await web.services.interviews.source(request.access, id: try Self.uuid(request, "source"))
            guard let start = Int(request.form.first("start") ?? ""), let end = Int(request.form.first("end") ?? "") else {
                throw ServiceError.invalid(ServiceMessage(nl: "Begin en eind moeten getallen zijn.", en: "Start and end must be numbers."))
            }
            let positions = PositionIndex(source.text)
            let range = try InterviewService.range(start: start, end: end, unit: unit, in: source, index: positions)
            let codes = try request.form.all("code").map { try Self.uuid(field: $0, "code") }
            made = try await web.services.interviews.addCodings(
                request.access, source: source, codeIDs: codes, ranges: [range], memo: request.form.first("memo"))
            index = positions
        }
        guard Self.wantsJSON(request), let index, response.status == .seeOther || response.status == .found else { return response }
        return Self.json(["codings": made.map { CodingPageData.coding($0.coding, own: true, index: index) }])
    }

    @Sendable func restoreCoding(_ request: StudyRequest) async throws -> Response {
        var restored: Coding?
        var index: PositionIndex?
        let response = try await change(request, to: sourcePath(request), notice: "coded", page: sourceBack(request)) {
            let sourceID = try Self.uuid(request, "source")
            let source = try await web.services.interviews.source(request.access, id: sourceID)
            let i = PositionIndex(source.text)
            guard let start = Int(request.form.first("start") ?? ""), let end = Int(request.form.first("end") ?? ""),
                let range = request.form.first("unit") == "utf16" ? i.scalarRange(ofUTF16: min(start, end)..<max(start, end)) : ScalarRange(start: start, end: end)
            else { throw ServiceError.invalid(ServiceMessage(nl: "Ongeldige positie.", en: "Invalid position.")) }
            let coder = try await web.services.interviews.ownCoderID(request.access)
            let coding = Coding(
                id: try Self.uuid(field: request.form.first("id"), "coding"), sourceID: sourceID,
                codeID: try Self.uuid(field: request.form.first("code"), "code"), coderID: coder, range: range,
                memo: request.form.first("memo").flatMap { $0.isEmpty ? nil : $0 })
            try await web.services.interviews.restoreCoding(request.access, coding)
            restored = coding
            index = i
        }
        guard Self.wantsJSON(request), let restored, let index, response.status == .seeOther || response.status == .found else { return response }
        return Self.json(["codings": [CodingPageData.coding(restored, own: true, index: index)]])
    }

    @Sendable func deleteCoding(_ request: StudyRequest) async throws -> Response {
        var deleted: StoredCoding?
        var source: Source?
        let response = try await change(request, to: sourcePath(request), notice: "uncoded", page: sourceBack(request)) {
            let sourceID = try Self.uuid(request, "source")
            source = try await web.services.interviews.source(request.access, id: sourceID)
            do {
                deleted = try await web.services.interviews.deleteCoding(request.access, id: try Self.uuid(request, "coding"))
            } catch ServiceError.notFound where !Self.wantsJSON(request) {
                // Removed already (another tab, an undo): the page shows what is there now.
                return
            }
        }
        guard Self.wantsJSON(request), let deleted, let source, response.status == .seeOther || response.status == .found else { return response }
        return Self.json(["deleted": CodingPageData.coding(deleted.coding, own: true, index: PositionIndex(source.text))])
    }

    @Sendable func codingMemo(_ request: StudyRequest) async throws -> Response {
        var memo = ""
        let response = try await change(request, to: sourcePath(request), notice: "memo", page: sourceBack(request)) {
            memo = request.form.first("memo") ?? ""
            do {
                try await web.services.interviews.setCodingMemo(request.access, id: try Self.uuid(request, "coding"), memo: memo)
            } catch ServiceError.notFound where !Self.wantsJSON(request) {
                return
            }
        }
        guard Self.wantsJSON(request), response.status == .seeOther || response.status == .found else { return response }
        return Self.json(["coding": ["id": request.page.parameter("coding"), "memo": memo]])
    }

    /// A new inductive code made from the picker while coding.
    @Sendable func quickCode(_ request: StudyRequest) async throws -> Response {
        var made: Code?
        let response = try await change(request, to: sourcePath(request), notice: "code", page: sourceBack(request)) {
            made = try await web.services.interviews.createCode(request.access, name: request.form.first("name") ?? "", origin: .inductive)
        }
        guard Self.wantsJSON(request), let made, response.status == .seeOther || response.status == .found else { return response }
        return Self.json(["code": CodingPageData.code(made, path: made.name)])
    }
}

struct SourcePageViewModel {
    struct CodingRow {
        let id, code, text: String
        let start, end: Int
        let coder, memo: String
        let own: Bool
    }
    struct Option {
        let value, label: String
    }
    let frame: StudyFrame
    let csrf: String
    let t: InterviewText
    let id, name, participants, memo: String
    let transcriptHTML: String
    let dataJSON: String
    let canCode: Bool
    let codings: [CodingRow]
    let hasCodings: Bool
    let codeOptions: [Option]
    let othersVisible, showingOthers: Bool
    let scalarCount: Int
    let notice: String?
    let error: String?
}
