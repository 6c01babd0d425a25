import Foundation
import Hummingbird
import HummingbirdAuth
import HummingbirdBcrypt
import NIOPosix
import VoelsprietAnalysis
import VoelsprietDomain
import VoelsprietStorage

/// The researcher side: login, studies, exports, accounts. Every page needs a logged-in
/// account; account management needs the admin role.
struct ResearcherController: Sendable {
    let services: AppServices

    /// A bcrypt hash to verify against when the user does not exist, so timing does not
    /// reveal which user names exist.
    static let dummyHash = Bcrypt.hash("voelspriet-dummy-password", cost: 4)

    func addRoutes(to router: Router<AppRequestContext>) {
        let users = services.repositories.users
        let sessions = router.group()
            .add(middleware: ResearcherLanguageMiddleware(secure: services.configuration.secureCookies))
            .add(
                middleware: SessionMiddleware(
                    storage: DatabasePersistDriver(store: services.repositories.keyValues),
                    configuration: .init(
                        sessionCookieParameters: .init(
                            name: "vs_session", path: "/", secure: services.configuration.secureCookies, sameSite: .strict),
                        keyPrefix: "session.", defaultSessionExpiration: .seconds(8 * 3600))))
            .add(
                middleware: SessionAuthenticator(context: AppRequestContext.self) { session, _ in
                    try await users.find(username: session.username)
                })
        sessions.get("/login", use: loginForm)
        sessions.post("/login", use: login)
        sessions.post("/logout", use: logout)
        let admin = sessions.group("admin").add(middleware: RequireRoleMiddleware(roles: [.admin, .researcher]))
        admin.get("", use: studies)
        admin.post("studies", use: createStudy)
        admin.get("studies/:slug", use: study)
        admin.post("studies/:slug/status", use: setStatus)
        admin.get("studies/:slug/answers.csv", use: answersCSV)
        admin.get("studies/:slug/codebook.csv", use: codebookCSV)
        admin.get("studies/:slug/contacts.csv", use: contactsCSV)
        admin.get("studies/:slug/instrument.json", use: instrumentJSON)
        admin.get("studies/:slug/answers.sav", use: answersSAV)
        admin.get("studies/:slug/answers.R", use: answersRScript)
        admin.get("studies/:slug/report", use: reportPage)
        for format in ReportFormat.allCases {
            admin.get("studies/:slug/report.\(format.rawValue)") { request, context in
                try await reportDownload(request, context: context, format: format)
            }
        }
        let accounts = sessions.group("admin/users").add(middleware: RequireRoleMiddleware(roles: [.admin]))
        accounts.get("", use: usersPage)
        accounts.post("", use: createUser)
    }

    // MARK: - Login

    @Sendable func loginForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        if context.identity != nil { return .redirect(to: "/admin", type: .found) }
        let (token, cookie) = services.csrf.token(for: request)
        return services.renderer.response(
            "login", page(text(context).logIn, context, LoginViewModel(csrf: token, username: "", error: nil)),
            cookies: cookie.map { [$0] } ?? [])
    }

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await readForm(request)
        guard services.csrf.verify(request: request, formToken: form.first("_csrf")) else {
            return services.renderer.response(
                "login",
                page(text(context).logIn, context, LoginViewModel(csrf: services.csrf.token(for: request).token, username: "", error: text(context).formExpired)),
                status: .forbidden)
        }
        let username = String((form.first("username") ?? "").prefix(100))
        let password = String((form.first("password") ?? "").prefix(200))
        guard services.loginThrottle.allows(username) else {
            return services.renderer.response(
                "login",
                page(text(context).logIn, context, LoginViewModel(csrf: form.first("_csrf") ?? "", username: username, error: text(context).tooManyAttempts)),
                status: .tooManyRequests)
        }
        let user = try await services.repositories.users.find(username: username)
        let hash = user?.passwordHash ?? Self.dummyHash
        // bcrypt is deliberately slow: keep it off the cooperative thread pool.
        let valid = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
        guard let user, valid else {
            services.loginThrottle.recordFailure(username)
            return services.renderer.response(
                "login",
                page(text(context).logIn, context, LoginViewModel(csrf: form.first("_csrf") ?? "", username: username, error: text(context).wrongLogin)),
                status: .unauthorized)
        }
        services.loginThrottle.recordSuccess(username)
        context.sessions.createSession(ResearcherSession(username: user.username, csrfToken: CSRFProtection.randomToken()))
        return .redirect(to: "/admin", type: .normal)
    }

    @Sendable func logout(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await readForm(request)
        if let session = context.sessions.session, CSRFProtection.constantTimeEqual(session.csrfToken, form.first("_csrf") ?? "") {
            context.sessions.clearSession()
        }
        return .redirect(to: "/login", type: .normal)
    }

    // MARK: - Studies

    @Sendable func studies(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await studiesPage(context, notice: request.uri.queryParameters.get("notice"))
    }

    func studiesPage(
        _ context: AppRequestContext, notice: String? = nil, error: String? = nil, slug: String = "", title: String = "",
        instrument: String = "", problems: [InstrumentProblem] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        var rows: [StudiesViewModel.Row] = []
        for study in try await services.repositories.studies.all() {
            rows.append(
                .init(
                    slug: study.slug, title: study.title,
                    status: study.status == .open ? text(context).statusOpen : text(context).statusClosed,
                    responses: try await services.repositories.responses.count(studySlug: study.slug),
                    createdOn: study.createdOn))
        }
        let model = StudiesViewModel(
            csrf: csrf(context), studies: rows, builtIns: BuiltInInstruments.names, notice: notice, error: error, slug: slug,
            title: title, instrument: instrument, problems: problems, hasProblems: !problems.isEmpty,
            sourceIsJSON: !instrument.isEmpty)
        return services.renderer.response("admin_studies", page(text(context).studies, context, model), status: status)
    }

    @Sendable func createStudy(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await readVerifiedForm(request, context: context, limit: 1024 * 1024)
        let slug = (form.first("slug") ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let title = String((form.first("title") ?? "").trimmingCharacters(in: .whitespaces).prefix(200))
        let source = form.first("source") ?? ""
        let json = form.first("instrument") ?? ""
        func fail(_ message: String?, problems: [InstrumentProblem] = []) async throws -> Response {
            try await studiesPage(
                context, error: message, slug: slug, title: title, instrument: json, problems: problems,
                status: .unprocessableContent)
        }
        guard Study.isValidSlug(slug) else {
            return try await fail(text(context).badSlug)
        }
        guard !title.isEmpty else { return try await fail(text(context).needTitle) }
        let instrument: Instrument
        if source.hasPrefix("builtin:"), let data = BuiltInInstruments.data(named: String(source.dropFirst(8))) {
            instrument = try InstrumentParser.load(data)
        } else {
            let result = InstrumentParser.parse(Data(json.utf8))
            guard let parsed = result.instrument, result.problems.isEmpty else {
                return try await fail(nil, problems: result.problems)
            }
            instrument = parsed
        }
        do {
            try await services.repositories.studies.create(
                Study(slug: slug, title: title, status: .open, instrument: instrument, createdOn: Clock.today()))
        } catch StorageError.duplicate {
            return try await fail("\(text(context).duplicateStudy) (\(slug))")
        }
        services.studies.invalidate(slug)
        return .redirect(to: "/admin/studies/\(slug)", type: .normal)
    }

    @Sendable func study(_ request: Request, context: AppRequestContext) async throws -> Response {
        let study = try await requireStudy(context)
        let model = StudyViewModel(
            csrf: csrf(context), slug: study.slug, title: study.title,
            status: study.status == .open ? text(context).statusOpen : text(context).statusClosed,
            isOpen: study.status == .open, instrumentID: study.instrument.id, itemCount: study.instrument.orderedItems.count,
            responses: try await services.repositories.responses.count(studySlug: study.slug),
            contacts: try await services.repositories.contacts.count(studySlug: study.slug), createdOn: study.createdOn,
            notice: request.uri.queryParameters.get("notice"))
        return services.renderer.response("admin_study", page(study.title, context, model))
    }

    @Sendable func setStatus(_ request: Request, context: AppRequestContext) async throws -> Response {
        let study = try await requireStudy(context)
        let form = try await readVerifiedForm(request, context: context)
        guard let status = StudyStatus(rawValue: form.first("status") ?? "") else {
            throw HTTPError(.badRequest, message: "Unknown status")
        }
        try await services.repositories.studies.setStatus(slug: study.slug, status: status)
        services.studies.invalidate(study.slug)
        return .redirect(to: "/admin/studies/\(study.slug)", type: .normal)
    }

    @Sendable func answersCSV(_ request: Request, context: AppRequestContext) async throws -> Response {
        let study = try await requireStudy(context)
        let csv = try await StudyExporter(repositories: services.repositories).answersCSV(study)
        return download(csv, filename: "\(study.slug)-answers.csv", type: "text/csv; charset=utf-8")
    }

    @Sendable func codebookCSV(_ request: Request, context: AppRequestContext) async throws -> Response {
        let study = try await requireStudy(context)
        return download(
            StudyExporter.codebookCSV(study), filename: "\(study.slug)-codebook.csv", type: "text/csv; charset=utf-8")
    }

    @Sendable func contactsCSV(_ request: Request, context: AppRequestContext) async throws -> Response {
        let study = try await requireStudy(context)
        let csv = try await StudyExporter(repositories: services.repositories).contactsCSV(study)
        return download(csv, filename: "\(study.slug)-contacts.csv", type: "text/csv; charset=utf-8")
    }

    @Sendable func instrumentJSON(_ request: Request, context: AppRequestContext) async throws -> Response {
        let study = try await requireStudy(context)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return download(
            String(decoding: try encoder.encode(study.instrument), as: UTF8.self),
            filename: "\(study.slug)-instrument.json", type: "application/json")
    }

    // MARK: - Accounts

    @Sendable func usersPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await renderUsers(context)
    }

    func renderUsers(
        _ context: AppRequestContext, notice: String? = nil, error: String? = nil, newUser: String? = nil,
        newPassword: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let rows = try await services.repositories.users.all().map { UsersViewModel.Row(username: $0.username, role: $0.role.rawValue) }
        let model = UsersViewModel(
            csrf: csrf(context), users: rows, notice: notice, error: error, newUser: newUser, newPassword: newPassword)
        return services.renderer.response("admin_users", page(text(context).accounts, context, model), status: status)
    }

    @Sendable func createUser(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await readVerifiedForm(request, context: context)
        let username = (form.first("username") ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard let role = UserRole(rawValue: form.first("role") ?? ""),
            (2...40).contains(username.count),
            username.unicodeScalars.allSatisfy({ CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789._-").contains($0) })
        else {
            return try await renderUsers(context, error: text(context).badAccount, status: .unprocessableContent)
        }
        let password = PasswordGenerator.generate()
        let cost = services.configuration.bcryptCost
        let hash = try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
        do {
            try await services.repositories.users.create(User(username: username, passwordHash: hash, role: role))
        } catch StorageError.duplicate {
            return try await renderUsers(context, error: "\(text(context).duplicateAccount) (\(username))", status: .unprocessableContent)
        }
        return try await renderUsers(context, notice: text(context).accountCreated, newUser: username, newPassword: password)
    }

    // MARK: - Helpers

    func text(_ context: AppRequestContext) -> ResearcherText {
        .forLanguage(context.language)
    }

    func csrf(_ context: AppRequestContext) -> String {
        context.sessions.session?.csrfToken ?? ""
    }

    func page(_ title: String, _ context: AppRequestContext, _ content: Any) -> Page {
        let researcher = context.identity.map {
            LayoutViewModel.ResearcherViewModel(username: $0.username, isAdmin: $0.role == .admin, csrf: csrf(context))
        }
        return Page(layout: .researcher(pageTitle: title, researcher: researcher, language: context.language), content: content)
    }

    func readForm(_ request: Request, limit: Int = 64 * 1024) async throws -> FormBody {
        do {
            return try await FormBody.read(request, limit: limit)
        } catch FormBody.Failure.wrongContentType {
            throw HTTPError(.unsupportedMediaType, message: "Expected an HTML form.")
        } catch FormBody.Failure.invalidEncoding {
            throw HTTPError(.badRequest, message: "The form is not valid UTF-8.")
        }
    }

    /// A form whose `_csrf` matches the session's token; a 403 otherwise.
    func readVerifiedForm(_ request: Request, context: AppRequestContext, limit: Int = 64 * 1024) async throws -> FormBody {
        let form = try await readForm(request, limit: limit)
        guard let session = context.sessions.session,
            CSRFProtection.constantTimeEqual(session.csrfToken, form.first("_csrf") ?? "")
        else {
            throw HTTPError(.forbidden, message: "The form could not be verified; reload the page and try again.")
        }
        return form
    }

    func requireStudy(_ context: AppRequestContext) async throws -> Study {
        let slug = context.parameters.get("slug") ?? ""
        guard Study.isValidSlug(slug), let study = try await services.repositories.studies.find(slug: slug) else {
            throw HTTPError(.notFound, message: "No study '\(slug)'.")
        }
        return study
    }

    func download(_ text: String, filename: String, type: String) -> Response {
        download(ByteBuffer(string: text), filename: filename, type: type)
    }

    /// An attachment that is never cached.
    func download(_ body: ByteBuffer, filename: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "attachment; filename=\"\(filename)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }
}
