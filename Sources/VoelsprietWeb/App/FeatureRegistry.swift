import Hummingbird
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

/// What an account must be before a researcher route's handler runs.
enum AccountRequirement: Sendable, Hashable {
    /// Anyone (the log-in form).
    case anonymous
    /// A session whose password was right and whose second factor is still due.
    case pendingSecondFactor
    /// Any logged-in account.
    case login
    /// A logged-in account with the global admin role.
    case admin
}

/// What a route needs, as the right test reads it.
enum RouteRequirement: Sendable, Hashable, CustomStringConvertible {
    case account(AccountRequirement)
    case study(StudyAction)

    var description: String {
        switch self {
        case .account(let requirement): "\(requirement)"
        case .study(let action): "study:\(action.rawValue)"
        }
    }
}

/// A researcher route outside any study (log-in, account, admin pages).
struct PageRoute: Sendable {
    let method: HTTPRequest.Method
    let path: String
    let requirement: AccountRequirement
    /// Reachable while the account must still replace a one-time password.
    var duringPasswordChange = false
    var bodyLimit = BodyLimit.standard
    let handler: @Sendable (PageRequest) async throws -> Response
}

/// A route inside a study, `/admin/studies/:slug/<path>`; its action is checked before the
/// handler runs, so a handler cannot forget it.
struct StudyRoute: Sendable {
    let method: HTTPRequest.Method
    /// Below the study's address; "" is the study's own page.
    let path: String
    let action: StudyAction
    var bodyLimit = BodyLimit.standard
    let handler: @Sendable (StudyRequest) async throws -> Response
}

/// A link in a study's navigation, shown to members whose role allows `action`.
struct StudyNavigationItem: Sendable {
    let path: String
    let action: StudyAction
    let label: @Sendable (ResearcherText, WorkspaceText) -> String
}

/// A part of the researcher side: its routes and its place in a study's navigation. Adding a
/// module means writing one of these and listing it in `FeatureRegistry.features`.
protocol ResearcherFeature: Sendable {
    var pages: [PageRoute] { get }
    var studyRoutes: [StudyRoute] { get }
    var navigation: [StudyNavigationItem] { get }
}

extension ResearcherFeature {
    var pages: [PageRoute] { [] }
    var studyRoutes: [StudyRoute] { [] }
    var navigation: [StudyNavigationItem] { [] }
}

/// The one list of researcher features. Routes, the study navigation and the table of what
/// each route requires all come from here.
struct FeatureRegistry: Sendable {
    let features: [any ResearcherFeature]

    static func standard(_ web: WebContext) -> FeatureRegistry {
        FeatureRegistry(features: [
            AccountsFeature(web: web),
            UsersFeature(web: web),
            StudiesFeature(web: web),
            ReportFeature(web: web),
            ExportsFeature(web: web),
            MembersFeature(web: web),
            AuditFeature(web: web),
            LifecycleFeature(web: web),
            LiteratureFeature(web: web),
            InterviewsFeature(web: web),
            StudyReportFeature(web: web),
            ResponsesFeature(web: web),
            RespondentTextsFeature(web: web),
            QuestionnaireFeature(web: web),
            StatcheckFeature(web: web),
        ])
    }

    static func studyPath(_ path: String) -> String {
        path.isEmpty ? "/admin/studies/:slug" : "/admin/studies/:slug/\(path)"
    }

    /// Every researcher route and what it requires, keyed `"GET /admin/…"`.
    var table: [String: RouteRequirement] {
        var table: [String: RouteRequirement] = [:]
        for feature in features {
            for page in feature.pages { table["\(page.method) \(page.path)"] = .account(page.requirement) }
            for route in feature.studyRoutes { table["\(route.method) \(Self.studyPath(route.path))"] = .study(route.action) }
        }
        return table
    }

    /// The study's navigation as this member sees it.
    func navigation(for access: StudyAccess, text: ResearcherText, language: String) -> [NavigationLink] {
        features.flatMap(\.navigation).filter { access.allows($0.action) }.map {
            NavigationLink(href: $0.path.isEmpty ? "/admin/studies/\(access.slug)" : "/admin/studies/\(access.slug)/\($0.path)", label: $0.label(text, .forLanguage(language)))
        }
    }

    func install(on router: Router<AppRequestContext>, web: WebContext, gate: ResearcherGate) {
        let group = router.group()
            .add(middleware: ResearcherLanguageMiddleware(secure: web.configuration.secureCookies))
            .add(middleware: ResearcherSessionMiddleware(sessions: web.services.sessions))
            // After the session, so that error pages keep the account's menu.
            .add(middleware: ResearcherErrorPages(renderer: web.renderer))
        for feature in features {
            for page in feature.pages {
                group.on(RouterPath(page.path), method: page.method) { request, context in
                    try await gate.run(page, request, context)
                }
            }
            for route in feature.studyRoutes {
                group.on(RouterPath(Self.studyPath(route.path)), method: route.method) { request, context in
                    try await gate.run(route, request, context, registry: self)
                }
            }
        }
    }
}

struct NavigationLink: Sendable {
    let href: String
    let label: String
}
