import Foundation
import Hummingbird
import VoelsprietLiterature
import VoelsprietServices
import VoelsprietStatistics
import VoelsprietStorage

/// Screening pages: the stages with progress and agreement, one record at a time (keyboard
/// driven, the next record loaded ahead by `literature.js`), conflicts, assignment.
extension LiteratureFeature {
    var screeningRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "literature/screening", action: .screenLiterature, handler: screening),
            StudyRoute(method: .get, path: "literature/screening/:stage", action: .screenLiterature, handler: screenStage),
            StudyRoute(method: .post, path: "literature/screening/:stage/:record", action: .screenLiterature, handler: decide),
            StudyRoute(method: .get, path: "literature/conflicts", action: .manageLiterature, handler: conflicts),
            StudyRoute(method: .post, path: "literature/conflicts/:stage/:record", action: .manageLiterature, handler: resolve),
            StudyRoute(method: .get, path: "literature/assign", action: .assignScreeners, handler: assignPage),
            StudyRoute(method: .post, path: "literature/assign", action: .assignScreeners, handler: assign),
        ] + settingsRoutes
    }

    static func stage(_ request: StudyRequest) throws -> ScreeningStage {
        guard let stage = ScreeningStage(rawValue: request.page.parameter("stage")) else {
            throw ServiceError.notFound(ServiceMessage(nl: "Die fase bestaat niet.", en: "That stage does not exist."))
        }
        return stage
    }

    // MARK: Stages

    @Sendable func screening(_ request: StudyRequest) async throws -> Response {
        let s = ScreeningText.forLanguage(request.language)
        let stages = try await web.services.literature.screeningStatus(request.access)
        let model = ScreeningOverviewViewModel(
            frame: request.frame, s: s, canResolve: request.access.allows(.manageLiterature),
            stages: stages.map { status in
                let tally = status.tally
                return .init(
                    stage: status.stage.rawValue, name: s.stageName(status.stage.rawValue),
                    reviewers: status.reviewers.isEmpty ? s.noReviewers : status.reviewers.joined(separator: ", "),
                    assignedToMe: status.assignedToMe, records: status.records, decidedByMe: status.decidedByMe,
                    awaiting: tally.awaiting, agreedInclude: tally.agreedInclude, agreedExclude: tally.agreedExclude,
                    conflicts: tally.conflicts, resolved: tally.resolvedInclude + tally.resolvedExclude,
                    agreement: status.agreement.map { AgreementRow($0, s: s, language: request.language) }, hasAgreement: !status.agreement.isEmpty)
            })
        return request.render("literature_screening", title: s.title, model)
    }

    // MARK: One record

    @Sendable func screenStage(_ request: StudyRequest) async throws -> Response {
        let s = ScreeningText.forLanguage(request.language)
        let stage = try Self.stage(request)
        let service = web.services.literature
        let item: LiteratureService.ScreeningItem?
        do {
            if let id = request.page.query("record").flatMap({ Int64($0) }) {
                item = try await service.screeningItem(request.access, stage: stage, record: id)
            } else {
                // `skip`: the record the page shows now, while its decision is on its way (the
                // script asks for the one after it ahead of time).
                let skipping = Set((request.page.query("skip") ?? "").split(separator: ",").compactMap { Int64($0) })
                item = try await service.nextForScreening(request.access, stage: stage, skipping: skipping)
            }
        } catch ServiceError.forbidden(let message) {
            // Allowed to screen, but not assigned here: say so (the lead assigns).
            return request.render(
                "literature_screen", title: s.title,
                ScreenRecordViewModel.message(frame: request.frame, s: s, stage: stage, text: message.text(request.language)))
        }
        let settings = try await service.settings(request.access)
        let model = ScreenRecordViewModel(
            frame: request.frame, csrf: request.page.csrf, s: s, stage: stage, item: item, settings: settings,
            notice: request.page.notice(s.notices), error: nil)
        return request.render("literature_screen", title: s.title, model)
    }

    @Sendable func decide(_ request: StudyRequest) async throws -> Response {
        let stage = try Self.stage(request)
        let id = try Self.recordID(request)
        guard let verdict = ScreeningVerdict(rawValue: request.form.first("verdict") ?? "") else {
            return try await refuse(request, ServiceError.invalid(ServiceMessage(nl: "Kies insluiten, uitsluiten of misschien.", en: "Choose include, exclude or maybe.")))
        }
        let reason = [request.form.first("reason"), request.form.first("reason_other")]
            .compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.last
        do {
            try await web.services.literature.decide(request.access, stage: stage, record: id, verdict: verdict, reason: reason)
        } catch let error as ServiceError {
            return try await refuse(request, error)
        }
        return request.redirect("literature/screening/\(stage.rawValue)", notice: "decided")
    }

    /// A refused decision: the stage page again with the message (its status tells the script).
    func refuse(_ request: StudyRequest, _ error: ServiceError) async throws -> Response {
        let s = ScreeningText.forLanguage(request.language)
        let stage = try Self.stage(request)
        let id = Int64(request.page.parameter("record"))
        let item = try? await id.asyncMap { try await web.services.literature.screeningItem(request.access, stage: stage, record: $0) }
        let settings = try await web.services.literature.settings(request.access)
        let model = ScreenRecordViewModel(
            frame: request.frame, csrf: request.page.csrf, s: s, stage: stage, item: item ?? nil, settings: settings, notice: nil,
            error: error.message.text(request.language))
        return request.render("literature_screen", title: s.title, model, status: error.httpStatus)
    }

    // MARK: Conflicts

    func conflictsPage(_ request: StudyRequest, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let s = ScreeningText.forLanguage(request.language)
        let conflicts = try await web.services.literature.conflicts(request.access)
        let model = ConflictsViewModel(
            frame: request.frame, csrf: request.page.csrf, s: s, hasConflicts: !conflicts.isEmpty,
            conflicts: conflicts.map { conflict in
                .init(
                    record: RecordLine(conflict.record, reason: nil), stage: conflict.stage.rawValue, stageName: s.stageName(conflict.stage.rawValue),
                    abstract: conflict.record.record.abstract ?? s.abstractMissing,
                    decisions: conflict.decisions.map { .init(reviewer: $0.reviewer, verdict: Self.verdictName($0.verdict, s), reason: $0.reason ?? "") },
                    isFullText: conflict.stage == .fullText)
            },
            reasons: Self.reasonOptions(s), notice: request.page.notice(s.notices), error: error)
        return request.render("literature_conflicts", title: s.conflictsTitle, model, status: status)
    }

    @Sendable func conflicts(_ request: StudyRequest) async throws -> Response { try await conflictsPage(request) }

    @Sendable func resolve(_ request: StudyRequest) async throws -> Response {
        do {
            let stage = try Self.stage(request)
            guard let outcome = ScreeningOutcome(rawValue: request.form.first("outcome") ?? ""),
                let method = ResolutionMethod(rawValue: request.form.first("method") ?? "")
            else {
                throw ServiceError.invalid(ServiceMessage(nl: "Kies de uitkomst en hoe is beslist.", en: "Choose the outcome and how it was decided."))
            }
            let reason = [request.form.first("reason"), request.form.first("reason_other")]
                .compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.last
            try await web.services.literature.resolve(
                request.access, stage: stage, record: try Self.recordID(request), outcome: outcome, method: method, reason: reason)
        } catch let error as ServiceError {
            return try await conflictsPage(request, error: error.message.text(request.language), status: error.httpStatus)
        }
        return request.redirect("literature/conflicts", notice: "resolved")
    }

    // MARK: Assignment

    func assignView(_ request: StudyRequest, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let s = ScreeningText.forLanguage(request.language)
        let members = try await web.services.members.members(request.access).filter { $0.role != .viewer }
        let assigned = try await web.services.literature.assignments(request.access)
        let model = AssignViewModel(
            frame: request.frame, csrf: request.page.csrf, s: s,
            stages: ScreeningStage.allCases.map { stage in
                .init(
                    stage: stage.rawValue, name: s.stageName(stage.rawValue),
                    members: members.map { .init(username: $0.username, role: request.workspace.roleName($0.role.rawValue), checked: assigned[stage]?.contains($0.username) ?? false) })
            },
            notice: request.page.notice(s.notices), error: error)
        return request.render("literature_assign", title: s.assignTitle, model, status: status)
    }

    @Sendable func assignPage(_ request: StudyRequest) async throws -> Response { try await assignView(request) }

    @Sendable func assign(_ request: StudyRequest) async throws -> Response {
        do {
            var stages: [ScreeningStage: [String]] = [:]
            for stage in ScreeningStage.allCases {
                stages[stage] = request.form.pairs.filter { $0.0 == "reviewer_\(stage.rawValue)" }.map(\.1)
            }
            try await web.services.literature.assignReviewers(request.access, stages)
        } catch let error as ServiceError {
            return try await assignView(request, error: error.message.text(request.language), status: error.httpStatus)
        }
        return request.redirect("literature/assign", notice: "assigned")
    }

    // MARK: Helpers

    static func verdictName(_ verdict: ScreeningVerdict, _ s: ScreeningText) -> String {
        switch verdict {
        case .include: s.include
        case .exclude: s.exclude
        case .maybe: s.maybe
        }
    }

    /// The standard exclusion reasons; the last one ("not retrieved") is stored as the fixed
    /// value the PRISMA flow counts separately.
    static func reasonOptions(_ s: ScreeningText) -> [ScreenRecordViewModel.Option] {
        // Stored in English whatever the page's language, so that one reason is counted once.
        zip(s.exclusionReasons, ScreeningText.english.exclusionReasons).map { label, stored in
            .init(value: stored, label: label, selected: false)
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case .some(let value): try await transform(value)
        case .none: nil
        }
    }
}
