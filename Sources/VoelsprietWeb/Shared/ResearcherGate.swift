import Foundation
import Hummingbird
import NIOCore
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

/// A researcher page request once its requirement is met: the form of a POST (its token
/// checked), the account, and helpers to answer it.
struct PageRequest: Sendable {
    let request: Request
    let context: AppRequestContext
    /// The verified form of a POST; empty for a GET.
    let form: FormBody
    let web: WebContext

    var user: User? { context.identity }
    /// The logged-in account as the use cases' actor. There is no fallback: a page without an
    /// account cannot act (the CLI's all-powerful `.command` actor is never made here).
    var actor: Actor {
        get throws {
            guard let user = context.identity else {
                throw ServiceError.forbidden(ServiceMessage(nl: "Log eerst in.", en: "Please log in first."))
            }
            return .user(user)
        }
    }
    var language: String { context.language }
    var text: ResearcherText { .forLanguage(context.language) }
    func parameter(_ name: String) -> String { context.parameters.get(name) ?? "" }
    func query(_ name: String) -> String? { request.uri.queryParameters.get(name).map { String($0) } }
}

/// A study page request once the member's right is checked.
struct StudyRequest: Sendable {
    let page: PageRequest
    let access: StudyAccess
    let navigation: [NavigationLink]

    var study: Study { access.study }
    var form: FormBody { page.form }
    var text: ResearcherText { page.text }
    var workspace: WorkspaceText { .forLanguage(page.language) }
    var language: String { page.language }
    var web: WebContext { page.web }
}

/// Checks every researcher route's requirement before its handler runs: logged in (else to
/// the log-in form), a one-time password replaced, the global role, a POST's form token, and
/// for study routes the member's right (404 for a non-member, 403 without the right) and the
/// study's two-factor requirement.
struct ResearcherGate: Sendable {
    let web: WebContext

    func run(_ route: PageRoute, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        switch route.requirement {
        case .anonymous:
            break
        case .pendingSecondFactor:
            guard context.pendingUser != nil else { return .redirect(to: "/login", type: .found) }
        case .login, .admin:
            guard let user = context.identity else { return loginRedirect(request) }
            if user.mustChangePassword && !route.duringPasswordChange {
                return .redirect(to: "/account/password", type: .found)
            }
            if route.requirement == .admin, user.role != .admin {
                throw ServiceError.forbidden(ServiceMessage(nl: "Deze pagina is voor beheerders.", en: "This page is for admins."))
            }
        }
        let form = try await readForm(request, context, limit: route.bodyLimit, anonymous: route.requirement == .anonymous)
        return try await route.handler(PageRequest(request: request, context: context, form: form, web: web))
    }

    func run(_ route: StudyRoute, _ request: Request, _ context: AppRequestContext, registry: FeatureRegistry) async throws -> Response {
        guard let user = context.identity else { return loginRedirect(request) }
        if user.mustChangePassword { return .redirect(to: "/account/password", type: .found) }
        let access = try await web.services.studies.access(context.parameters.get("slug") ?? "", as: .user(user), for: route.action)
        // What counts is this session's log-in, not the account's setting: a session that began
        // with the password alone (a stolen password, or one from before two-step sign-in was
        // turned on) does not open such a study.
        if access.study.requireTwoFactor && context.session?.stage != .verified {
            throw ServiceError.forbidden(
                user.hasTwoFactor
                    ? ServiceMessage(
                        nl: "Deze studie vraagt om inloggen in twee stappen. Log uit en weer in, met de code uit uw app.",
                        en: "This study requires two-step sign-in. Log out and in again, with the code from your app.")
                    : ServiceMessage(
                        nl: "Deze studie vraagt om inloggen in twee stappen. Zet dat aan onder Mijn account (/account) en probeer het opnieuw.",
                        en: "This study requires two-step sign-in. Turn it on under My account (/account) and try again."))
        }
        let form = try await readForm(request, context, limit: route.bodyLimit, anonymous: false)
        let page = PageRequest(request: request, context: context, form: form, web: web)
        return try await route.handler(
            StudyRequest(page: page, access: access, navigation: registry.navigation(for: access, text: page.text, language: page.language)))
    }

    func loginRedirect(_: Request) -> Response {
        .redirect(to: "/login", type: .found)
    }

    /// A POST's form, once its token matches: the session's for logged-in pages, the
    /// double-submit cookie's for the anonymous log-in form. GETs have none.
    func readForm(_ request: Request, _ context: AppRequestContext, limit: Int, anonymous: Bool) async throws -> FormBody {
        guard request.method == .post else { return FormBody(pairs: []) }
        let form: FormBody
        do {
            form = try await FormBody.read(request, limit: limit)
        } catch FormBody.Failure.wrongContentType {
            throw HTTPError(.unsupportedMediaType, message: "Expected an HTML form.")
        } catch FormBody.Failure.malformedUpload(let reason) {
            throw HTTPError(.badRequest, message: "The uploaded form could not be read: \(reason).")
        } catch FormBody.Failure.invalidEncoding {
            throw HTTPError(.badRequest, message: "The form is not valid UTF-8.")
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge, message: "The form is larger than \(limit / 1024) KiB.")
        } catch {
            // A client that hung up or sent a broken body: its fault, not the server's, and not
            // worth an error line each time.
            throw HTTPError(.badRequest, message: "The form could not be read to its end.")
        }
        let token = form.first("_csrf") ?? ""
        // The session's token on logged-in pages; the anonymous forms (log-in) also take the
        // double-submit cookie's, which is what their page carries even when a session exists.
        let valid =
            (context.session.map { CSRFProtection.constantTimeEqual($0.csrf, token) } ?? false)
            || (anonymous && web.csrf.verify(request: request, formToken: token))
        guard valid else { throw FormExpired() }
        return form
    }
}

/// A form whose token does not match (a stale page, a forged post): 403 with a way back.
struct FormExpired: Error {}
