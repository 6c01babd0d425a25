import Foundation
import Hummingbird
import VoelsprietQDA
import VoelsprietServices
import VoelsprietStorage

/// Agreement between coders (per code and overall, in the unit chosen), opening and closing
/// comparison, the differences side by side, and recording the settled coding.
extension InterviewsFeature {
    var agreementRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "interviews/agreement", action: .compareCoders, handler: agreementPage),
            StudyRoute(method: .post, path: "interviews/comparison", action: .compareCoders, handler: setComparison),
            StudyRoute(method: .get, path: "interviews/compare", action: .compareCoders, handler: comparePage),
            StudyRoute(method: .post, path: "interviews/compare/settle", action: .compareCoders, handler: settle),
        ]
    }

    static func percent(_ f: AgreementFigure, _ t: InterviewText) -> String {
        f.value.map { String(format: "%.1f", $0) } ?? t["undefined"]
    }

    static func coefficient(_ f: AgreementFigure, _ t: InterviewText) -> String {
        f.value.map { String(format: "%.3f", $0) } ?? "\(t["undefined"]) (\(f.undefinedReason?.code ?? ""))"
    }

    @Sendable func agreementPage(_ request: StudyRequest) async throws -> Response {
        let t = InterviewText.forLanguage(request.language)
        let unit = AgreementUnit(rawValue: request.page.query("unit") ?? "") ?? .character
        let service = web.services.interviews
        let open = try await service.comparisonOpen(request.access)
        let sources = try await service.sources(request.access)
        var model = AgreementViewModel(
            frame: request.frame, csrf: request.page.csrf, t: t, unit: unit.rawValue, unitLabel: t["unit_\(unit.rawValue)"],
            isCharacter: unit == .character, comparisonOpen: open, coders: "", rows: [], overall: nil, pairs: [], hasReport: false,
            message: nil, sources: sources.map { .init(id: $0.id.uuidString, name: $0.name) }, codeOptions: [])
        do {
            let a = try await service.agreement(request.access, unit: unit)
            let names = Dictionary(a.coders.map { ($0.coder.id, $0.coder.name) }, uniquingKeysWith: { x, _ in x })
            model.coders = a.coders.map(\.coder.name).joined(separator: ", ")
            model.rows = a.report.codes.map { c in
                .init(
                    code: a.codebook.path(of: c.codeID).joined(separator: " › "), percent: Self.percent(c.figures.percentAgreement, t),
                    kappa: Self.coefficient(c.figures.cohensKappa, t), alpha: Self.coefficient(c.figures.krippendorffAlpha, t),
                    coded: c.figures.codedUnits.map(String.init).joined(separator: " / "))
            }
            let o = a.report.overall
            model.overall = .init(
                code: t["overall"], percent: Self.percent(o.percentAgreement, t), kappa: Self.coefficient(o.cohensKappa, t),
                alpha: Self.coefficient(o.krippendorffAlpha, t), coded: o.codedUnits.map(String.init).joined(separator: " / "))
            model.pairs = o.pairs.map {
                .init(
                    first: names[$0.first] ?? "?", second: names[$0.second] ?? "?", percent: Self.percent($0.percentAgreement, t),
                    kappa: Self.coefficient($0.cohensKappa, t), both: $0.bothCoded, onlyFirst: $0.onlyFirst, onlySecond: $0.onlySecond,
                    neither: $0.neither)
            }
            model.hasReport = true
            model.codeOptions = a.codes.map { .init(value: $0.id.uuidString, label: a.codebook.path(of: $0.id).joined(separator: " › ")) }
        } catch let error as ServiceError {
            model.message = error.message.text(request.language)
        }
        return request.render("interview_agreement", title: t["agreement"], model)
    }

    @Sendable func setComparison(_ request: StudyRequest) async throws -> Response {
        try await change(request, to: "interviews/agreement", notice: "comparison", page: { message, status in
            try await overviewPage(request, error: message, status: status)
        }) {
            try await web.services.interviews.setComparisonOpen(request.access, request.form.first("open") == "1")
        }
    }

    @Sendable func comparePage(_ request: StudyRequest) async throws -> Response {
        let t = InterviewText.forLanguage(request.language)
        let sourceID = try Self.uuid(field: request.page.query("source"), "transcript")
        let codeID = try Self.uuid(field: request.page.query("code"), "code")
        let service = web.services.interviews
        let coders = try await service.codersWithCodings(request.access)
        let chosen = coders.prefix(4).map(\.coder.id)
        let (source, diff) = try await service.differences(request.access, sourceID: sourceID, codeID: codeID, coderIDs: Array(chosen))
        let index = PositionIndex(source.text)
        let names = Dictionary(coders.map { ($0.coder.id, $0.coder.name) }, uniquingKeysWith: { x, _ in x })
        let segments = diff.segments.filter { !$0.codedBy.isEmpty }.map { s in
            CompareViewModel.Segment(
                range: "\(s.range.start)-\(s.range.end)", text: index.substring(s.range), agrees: s.agrees,
                codedBy: s.codedBy.map { names[$0] ?? "?" }.joined(separator: ", "), checked: s.agrees)
        }
        let codeName = try await service.codebook(request.access).first { $0.code.id == codeID }?.code.name ?? ""
        let model = CompareViewModel(
            frame: request.frame, csrf: request.page.csrf, t: t, sourceID: sourceID.uuidString, sourceName: source.name,
            codeID: codeID.uuidString, codeName: codeName, coders: chosen.map { names[$0] ?? "?" }.joined(separator: " | "),
            segments: segments, hasSegments: !segments.isEmpty, disagreements: diff.disagreements.count)
        return request.render("interview_compare", title: t["compareTitle"], model)
    }

    @Sendable func settle(_ request: StudyRequest) async throws -> Response {
        let sourceID = try Self.uuid(field: request.form.first("source"), "transcript")
        let codeID = try Self.uuid(field: request.form.first("code"), "code")
        return try await change(request, to: "interviews/compare?source=\(sourceID.uuidString)&code=\(codeID.uuidString)", notice: "settled", page: { message, status in
            try await overviewPage(request, error: message, status: status)
        }) {
            let ranges = request.form.all("segment").compactMap { text -> ScalarRange? in
                let parts = text.split(separator: "-")
                guard parts.count == 2, let s = Int(parts[0]), let e = Int(parts[1]) else { return nil }
                return ScalarRange(start: s, end: e)
            }
            try await web.services.interviews.settle(request.access, sourceID: sourceID, codeID: codeID, ranges: ranges)
        }
    }
}

struct AgreementViewModel {
    struct Row {
        let code, percent, kappa, alpha, coded: String
    }
    struct Pair {
        let first, second, percent, kappa: String
        let both, onlyFirst, onlySecond, neither: Int
    }
    struct Option {
        let value, label: String
    }
    struct SourceOption {
        let id, name: String
    }
    let frame: StudyFrame
    let csrf: String
    let t: InterviewText
    let unit, unitLabel: String
    let isCharacter, comparisonOpen: Bool
    var coders: String
    var rows: [Row]
    var overall: Row?
    var pairs: [Pair]
    var hasReport: Bool
    var message: String?
    let sources: [SourceOption]
    var codeOptions: [Option]
}

struct CompareViewModel {
    struct Segment {
        let range, text: String
        let agrees: Bool
        let codedBy: String
        let checked: Bool
    }
    let frame: StudyFrame
    let csrf: String
    let t: InterviewText
    let sourceID, sourceName, codeID, codeName, coders: String
    let segments: [Segment]
    let hasSegments: Bool
    let disagreements: Int
}
