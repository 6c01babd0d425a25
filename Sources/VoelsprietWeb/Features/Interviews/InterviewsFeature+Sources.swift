import Foundation
import Hummingbird
import VoelsprietQDA
import VoelsprietServices
import VoelsprietStorage

/// The overview (transcripts, participants, attributes, the upload) and the source's own
/// memo, participants and deletion.
extension InterviewsFeature {
    var sourceRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "interviews", action: .viewInterviews, handler: overview),
            StudyRoute(
                method: .post, path: "interviews/sources", action: .manageInterviews, bodyLimit: BodyLimit.transcriptUpload,
                handler: upload),
            StudyRoute(method: .post, path: "interviews/sources/:source/delete", action: .manageInterviews, handler: deleteSource),
            StudyRoute(method: .post, path: "interviews/sources/:source/memo", action: .codeInterviews, handler: sourceMemo),
            StudyRoute(method: .post, path: "interviews/sources/:source/participants", action: .manageInterviews, handler: sourceParticipants),
            StudyRoute(method: .post, path: "interviews/participants", action: .manageInterviews, handler: saveParticipant),
            StudyRoute(method: .post, path: "interviews/participants/:label/delete", action: .manageInterviews, handler: deleteParticipant),
            StudyRoute(method: .post, path: "interviews/variables", action: .manageInterviews, handler: saveVariable),
        ]
    }

    func overviewPage(_ request: StudyRequest, error: String? = nil, status: HTTPResponse.Status = .ok, imported: ImportResultViewModel? = nil)
        async throws -> Response
    {
        let t = InterviewText.forLanguage(request.language)
        let service = web.services.interviews
        let sources = try await service.sources(request.access)
        let participants = try await service.participants(request.access)
        let variables = try await service.variables(request.access)
        let codes = try await service.codebook(request.access)
        let types = ParticipantType.builtIn
        let model = InterviewsOverviewViewModel(
            frame: request.frame, csrf: request.page.csrf, t: t,
            canManage: request.access.allows(.manageInterviews), canCompare: request.access.allows(.compareCoders),
            sources: sources.map {
                .init(
                    id: $0.id.uuidString, name: $0.name, format: $0.format, participants: $0.participantLabels.joined(separator: ", "),
                    speakers: $0.speakers.joined(separator: ", "), length: $0.scalarLength, importedAt: String($0.importedAt.prefix(10)),
                    isFocusGroup: Source.isFocusGroup(participantLabels: $0.participantLabels, speakers: $0.speakers), participantsValue: $0.participantLabels.joined(separator: ", "))
            },
            hasSources: !sources.isEmpty,
            participants: participants.map { p in
                .init(
                    label: p.label, types: p.types.map { t.typeName($0) }.joined(separator: ", "),
                    attributes: variables.compactMap { v in p.attributes[v.name].map { "\(v.name): \($0)" } }.joined(separator: "; "))
            },
            hasParticipants: !participants.isEmpty,
            variables: variables.map { .init(name: $0.name, type: $0.type.rawValue) }, hasVariables: !variables.isEmpty,
            typeOptions: types.map { .init(value: $0.rawValue, label: t.typeName($0)) },
            variableTypes: VariableType.allCases.map(\.rawValue),
            codeCount: codes.count, imported: imported,
            notice: request.page.notice(t.notices), error: error)
        return request.render("interviews", title: t["title"], model, status: status)
    }

    @Sendable func overview(_ request: StudyRequest) async throws -> Response { try await overviewPage(request) }

    func back(_ request: StudyRequest) -> (String, HTTPResponse.Status) async throws -> Response {
        { message, status in try await overviewPage(request, error: message, status: status) }
    }

    @Sendable func upload(_ request: StudyRequest) async throws -> Response {
        let t = InterviewText.forLanguage(request.language)
        do {
            guard let file = request.form.files.first(where: { $0.field == "file" && !$0.bytes.isEmpty }) else {
                throw ServiceError.invalid(ServiceMessage(nl: "Kies een bestand.", en: "Choose a file."))
            }
            let labels = (request.form.first("participants") ?? "").split(separator: ",").map(String.init)
            let encoding = request.form.first("encoding").flatMap(TranscriptEncoding.init(rawValue:))
            let language = StemLanguage(rawValue: request.form.first("language") ?? "") ?? .dutch
            let result = try await web.services.interviews.importTranscript(
                request.access, data: Data(file.bytes), fileName: file.fileName, participantLabels: labels,
                pseudonymList: request.form.first("pseudonyms") ?? "", encoding: encoding, language: language,
                placeholderLanguage: request.language == "en" ? .english : .dutch)
            // The replaced terms are shown on this answer only: never stored, never in a redirect.
            let imported = ImportResultViewModel(
                sourceID: result.source.id.uuidString, name: result.source.name,
                replacements: result.replacements.map { .init(placeholder: $0.placeholder, terms: $0.terms.joined(separator: ", "), count: $0.count) },
                hasReplacements: !result.replacements.isEmpty, unmatched: result.unmatchedTerms.joined(separator: ", "),
                hasUnmatched: !result.unmatchedTerms.isEmpty, warnings: result.warnings, hasWarnings: !result.warnings.isEmpty)
            var response = try await overviewPage(request, imported: imported)
            response.headers[.cacheControl] = "no-store"
            return response
        } catch let error as ServiceError {
            return try await overviewPage(request, error: error.message.text(request.language), status: error.httpStatus)
        } catch {
            return try await overviewPage(request, error: t["uploadFailed"], status: .unprocessableContent)
        }
    }

    @Sendable func deleteSource(_ request: StudyRequest) async throws -> Response {
        try await change(request, to: "interviews", notice: "deleted", page: back(request)) {
            guard request.form.first("confirm") == "1" else {
                throw ServiceError.invalid(
                    ServiceMessage(nl: "Vink aan dat het transcript met alle coderingen weg mag.", en: "Tick the box to confirm that the transcript and all its codings may go."))
            }
            try await web.services.interviews.deleteSource(request.access, id: try Self.uuid(request, "source"))
        }
    }

    @Sendable func sourceMemo(_ request: StudyRequest) async throws -> Response {
        let id = try Self.uuid(request, "source")
        return try await change(request, to: "interviews/sources/\(id.uuidString)", notice: "memo", page: back(request)) {
            try await web.services.interviews.setSourceMemo(request.access, id: id, memo: request.form.first("memo") ?? "")
        }
    }

    @Sendable func sourceParticipants(_ request: StudyRequest) async throws -> Response {
        try await change(request, to: "interviews", notice: "saved", page: back(request)) {
            let labels = (request.form.first("participants") ?? "").split(separator: ",").map(String.init)
            try await web.services.interviews.setSourceParticipants(request.access, id: try Self.uuid(request, "source"), labels: labels)
        }
    }

    @Sendable func saveParticipant(_ request: StudyRequest) async throws -> Response {
        try await change(request, to: "interviews", notice: "saved", page: back(request)) {
            let variables = try await web.services.interviews.variables(request.access)
            var attributes: [String: String] = [:]
            for v in variables { attributes[v.name] = request.form.first("attr_\(v.name)") ?? "" }
            try await web.services.interviews.saveParticipant(
                request.access, label: request.form.first("label") ?? "",
                types: request.form.all("type").map(ParticipantType.init(rawValue:)), attributes: attributes)
        }
    }

    @Sendable func deleteParticipant(_ request: StudyRequest) async throws -> Response {
        try await change(request, to: "interviews", notice: "saved", page: back(request)) {
            try await web.services.interviews.deleteParticipant(request.access, label: request.page.parameter("label"))
        }
    }

    @Sendable func saveVariable(_ request: StudyRequest) async throws -> Response {
        try await change(request, to: "interviews", notice: "saved", page: back(request)) {
            guard let type = VariableType(rawValue: request.form.first("type") ?? "") else {
                throw ServiceError.invalid(ServiceMessage(nl: "Kies het soort waarde.", en: "Choose the kind of value."))
            }
            try await web.services.interviews.saveVariable(request.access, name: request.form.first("name") ?? "", type: type)
        }
    }
}

struct ImportResultViewModel {
    struct Replacement {
        let placeholder, terms: String
        let count: Int
    }
    let sourceID, name: String
    let replacements: [Replacement]
    let hasReplacements: Bool
    let unmatched: String
    let hasUnmatched: Bool
    let warnings: [String]
    let hasWarnings: Bool
}

struct InterviewsOverviewViewModel {
    struct SourceRow {
        let id, name, format, participants, speakers: String
        let length: Int
        let importedAt: String
        let isFocusGroup: Bool
        let participantsValue: String
    }
    struct ParticipantRow {
        let label, types, attributes: String
    }
    struct VariableRow {
        let name, type: String
    }
    struct Option {
        let value, label: String
    }
    let frame: StudyFrame
    let csrf: String
    let t: InterviewText
    let canManage, canCompare: Bool
    let sources: [SourceRow]
    let hasSources: Bool
    let participants: [ParticipantRow]
    let hasParticipants: Bool
    let variables: [VariableRow]
    let hasVariables: Bool
    let typeOptions: [Option]
    let variableTypes: [String]
    let codeCount: Int
    let imported: ImportResultViewModel?
    let notice: String?
    let error: String?
}
