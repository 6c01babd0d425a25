import Foundation
import Hummingbird
import VoelsprietDomain
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

/// The researcher's start page (their studies, and for admins every study with a way to
/// join it), creating a study, a study's own page, opening and closing, and its settings.
struct StudiesFeature: ResearcherFeature {
    let web: WebContext

    var pages: [PageRoute] {
        [
            PageRoute(method: .get, path: "/admin", requirement: .login, handler: list),
            PageRoute(method: .post, path: "/admin/studies", requirement: .login, bodyLimit: BodyLimit.instrument, handler: create),
            PageRoute(method: .post, path: "/admin/studies/:slug/join", requirement: .admin, handler: join),
        ]
    }

    var studyRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "", action: .viewStudy, handler: overview),
            StudyRoute(method: .post, path: "status", action: .changeStatus, handler: setStatus),
            StudyRoute(method: .get, path: "settings", action: .manageSettings, handler: settings),
            StudyRoute(method: .post, path: "settings", action: .manageSettings, handler: saveSettings),
        ]
    }

    var navigation: [StudyNavigationItem] {
        [
            StudyNavigationItem(path: "", action: .viewStudy) { _, w in w.overview },
            StudyNavigationItem(path: "settings", action: .manageSettings) { _, w in w.settings },
        ]
    }

    // MARK: - The start page

    func listPage(
        _ page: PageRequest, error: String? = nil, slug: String = "", title: String = "", instrument: String = "",
        problems: [InstrumentProblem] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let user = page.user!
        let w = WorkspaceText.forLanguage(page.language)
        var rows: [StudiesViewModel.Row] = []
        for membership in try await web.services.studies.studies(of: user) {
            let study = membership.study
            rows.append(
                .init(
                    slug: study.slug, title: study.title,
                    status: study.status == .open ? page.text.statusOpen : page.text.statusClosed,
                    role: w.roleName(membership.role.rawValue), createdOn: study.createdOn))
        }
        var directory: [StudiesViewModel.DirectoryRow] = []
        if user.role == .admin {
            directory = try await web.services.studies.directory(for: try page.actor).map {
                .init(slug: $0.study.slug, title: $0.study.title, leads: $0.leads.joined(separator: ", "), isMember: $0.isMember)
            }
        }
        let notices = ["deleted": page.language == "en" ? "The study was deleted." : "De studie is verwijderd."]
        let model = StudiesViewModel(
            csrf: page.csrf, studies: rows, directory: directory, isAdmin: user.role == .admin, builtIns: BuiltInInstruments.names,
            notice: page.notice(notices), error: error, slug: slug, title: title, instrument: instrument, problems: InstrumentProblemRow.rows(problems, language: page.language),
            hasProblems: !problems.isEmpty, sourceIsJSON: !instrument.isEmpty)
        return page.render("admin_studies", title: page.text.studies, model, status: status)
    }

    @Sendable func list(_ page: PageRequest) async throws -> Response { try await listPage(page) }

    @Sendable func create(_ page: PageRequest) async throws -> Response {
        let slug = (page.form.first("slug") ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let title = String((page.form.first("title") ?? "").trimmingCharacters(in: .whitespaces).prefix(200))
        let source = page.form.first("source") ?? ""
        let json = page.form.first("instrument") ?? ""
        func fail(_ message: String?, problems: [InstrumentProblem] = []) async throws -> Response {
            try await listPage(page, error: message, slug: slug, title: title, instrument: json, problems: problems, status: .unprocessableContent)
        }
        if let problem = StudyService.problem(slug: slug, title: title) { return try await fail(problem.text(page.language)) }
        let instrument: Instrument
        if source.hasPrefix("builtin:"), let data = BuiltInInstruments.data(named: String(source.dropFirst(8))) {
            instrument = try InstrumentParser.load(data)
        } else {
            let result = InstrumentParser.parse(Data(json.utf8))
            guard let parsed = result.instrument, result.problems.isEmpty else { return try await fail(nil, problems: result.problems) }
            instrument = parsed
        }
        do {
            try await web.services.studies.create(slug: slug, title: title, instrument: instrument, by: try page.actor)
        } catch let error as ServiceError {
            return try await fail(error.message.text(page.language))
        }
        return .redirect(to: "/admin/studies/\(slug)", type: .normal)
    }

    @Sendable func join(_ page: PageRequest) async throws -> Response {
        let slug = page.parameter("slug")
        try await web.services.studies.adminJoin(slug, as: try page.actor)
        return .redirect(to: "/admin/studies/\(slug)", type: .normal)
    }

    // MARK: - A study

    @Sendable func overview(_ request: StudyRequest) async throws -> Response {
        let study = request.study
        let access = request.access
        let notices = [
            "contacts-deleted": request.language == "en" ? "The contact details were deleted." : "De contactgegevens zijn verwijderd.",
            "settings-saved": request.language == "en" ? "Settings saved." : "Instellingen opgeslagen.",
        ]
        let counts = try await web.services.studies.counts(access)
        let model = StudyViewModel(
            frame: request.frame, csrf: request.page.csrf, slug: study.slug, title: study.title,
            status: study.status == .open ? request.text.statusOpen : request.text.statusClosed,
            isOpen: study.status == .open, canChangeStatus: access.allows(.changeStatus), instrumentID: study.instrument.id,
            itemCount: study.instrument.orderedItems.count,
            responses: counts.responses,
            showContacts: access.allows(.exportContacts),
            contacts: counts.contacts ?? 0,
            createdOn: study.createdOn, retentionDate: study.retentionDate, requireTwoFactor: study.requireTwoFactor,
            canReport: access.allows(.viewReport), canExportAnswers: access.allows(.exportAnswers),
            canViewInstrument: access.allows(.viewInstrument), canExportContacts: access.allows(.exportContacts),
            notice: request.page.notice(notices))
        return request.render("admin_study", title: request.text.study, model)
    }

    @Sendable func setStatus(_ request: StudyRequest) async throws -> Response {
        guard let status = StudyStatus(rawValue: request.form.first("status") ?? "") else {
            throw ServiceError.invalid(ServiceMessage(nl: "Onbekende status.", en: "Unknown status."))
        }
        // Closing stops new respondents at once (those who started may still send for the grace
        // period): the form asks to confirm, and a post without the confirmation changes nothing.
        if status == .closed && request.form.first("confirm") != "yes" {
            throw ServiceError.invalid(ServiceMessage(
                nl: "Bevestig het sluiten: vink aan dat nieuwe respondenten dan niet meer kunnen beginnen.",
                en: "Confirm the closing: tick that new respondents can then no longer start."))
        }
        try await web.services.studies.setStatus(request.access, status)
        return request.redirect()
    }

    func settingsPage(_ request: StudyRequest, title: String? = nil, retention: String? = nil, requireTwoFactor: Bool? = nil,
                      error: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        let study = request.study
        return request.render(
            "study_settings", title: request.workspace.settings,
            SettingsViewModel(
                frame: request.frame, csrf: request.page.csrf, title: title ?? study.title, retentionDate: retention ?? study.retentionDate ?? "",
                requireTwoFactor: requireTwoFactor ?? study.requireTwoFactor, error: error), status: status)
    }

    @Sendable func settings(_ request: StudyRequest) async throws -> Response { settingsPage(request) }

    @Sendable func saveSettings(_ request: StudyRequest) async throws -> Response {
        let title = request.form.first("title") ?? ""
        let retention = request.form.first("retention") ?? ""
        let requireTwoFactor = request.form.first("require_two_factor") == "1"
        do {
            try await web.services.studies.updateSettings(request.access, title: title, retentionDate: retention, requireTwoFactor: requireTwoFactor)
        } catch let error as ServiceError {
            return settingsPage(request, title: title, retention: retention, requireTwoFactor: requireTwoFactor,
                                error: error.message.text(request.language), status: .unprocessableContent)
        }
        return request.redirect(notice: "settings-saved")
    }
}

/// The start page: the member's studies, the directory for admins, the form to create one.
struct StudiesViewModel {
    struct Row {
        let slug: String
        let title: String
        let status: String
        let role: String
        let createdOn: String
    }

    struct DirectoryRow {
        let slug: String
        let title: String
        let leads: String
        let isMember: Bool
    }

    let csrf: String
    let studies: [Row]
    let directory: [DirectoryRow]
    let isAdmin: Bool
    let builtIns: [String]
    let notice: String?
    let error: String?
    let slug: String
    let title: String
    let instrument: String
    let problems: [InstrumentProblemRow]
    // Stored, not computed: Mustache reads properties by reflection, which skips computed ones.
    let hasProblems: Bool
    let sourceIsJSON: Bool
}

/// One study: counts, status and the parts the member may open.
struct StudyViewModel {
    let frame: StudyFrame
    let csrf: String
    let slug: String
    let title: String
    let status: String
    let isOpen: Bool
    let canChangeStatus: Bool
    let instrumentID: String
    let itemCount: Int
    let responses: Int
    let showContacts: Bool
    let contacts: Int
    let createdOn: String
    let retentionDate: String?
    let requireTwoFactor: Bool
    let canReport: Bool
    let canExportAnswers: Bool
    let canViewInstrument: Bool
    let canExportContacts: Bool
    let notice: String?
}

struct SettingsViewModel {
    let frame: StudyFrame
    let csrf: String
    let title: String
    let retentionDate: String
    let requireTwoFactor: Bool
    let error: String?
}
