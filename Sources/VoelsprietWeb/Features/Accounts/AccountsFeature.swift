import Foundation
import Hummingbird
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

/// Log-in (password, then the second factor when the account has one), log-out, and the
/// account's own page: password change (forced after a one-time password), log out
/// everywhere, two-step sign-in on and off.
struct AccountsFeature: ResearcherFeature {
    let web: WebContext

    var pages: [PageRoute] {
        [
            PageRoute(method: .get, path: "/login", requirement: .anonymous, handler: loginForm),
            PageRoute(method: .post, path: "/login", requirement: .anonymous, handler: logIn),
            PageRoute(method: .get, path: "/login/code", requirement: .pendingSecondFactor, handler: codeForm),
            PageRoute(method: .post, path: "/login/code", requirement: .pendingSecondFactor, handler: code),
            PageRoute(method: .post, path: "/logout", requirement: .anonymous, handler: logOut),
            PageRoute(method: .get, path: "/account", requirement: .login, duringPasswordChange: true, handler: account),
            PageRoute(method: .get, path: "/account/password", requirement: .login, duringPasswordChange: true, handler: account),
            PageRoute(method: .post, path: "/account/password", requirement: .login, duringPasswordChange: true, handler: changePassword),
            PageRoute(method: .post, path: "/account/logout-everywhere", requirement: .login, duringPasswordChange: true, handler: logOutEverywhere),
            PageRoute(method: .get, path: "/account/two-factor", requirement: .login, handler: twoFactorForm),
            PageRoute(method: .post, path: "/account/two-factor", requirement: .login, handler: twoFactorConfirm),
            PageRoute(method: .post, path: "/account/two-factor/disable", requirement: .login, handler: twoFactorDisable),
        ]
    }

    // MARK: - Log-in

    func loginPage(_ page: PageRequest, username: String = "", error: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        let (token, cookie) = web.csrf.token(for: page.request)
        return page.render(
            "login", title: page.text.logIn, LoginViewModel(csrf: token, username: username, error: error), status: status,
            cookies: cookie.map { [$0] } ?? [])
    }

    @Sendable func loginForm(_ page: PageRequest) async throws -> Response {
        if page.context.identity != nil { return .redirect(to: "/admin", type: .found) }
        return loginPage(page)
    }

    @Sendable func logIn(_ page: PageRequest) async throws -> Response {
        let username = page.form.first("username") ?? ""
        let client = ClientKey.key(page.request, page.context, header: web.configuration.clientAddressHeader)
        switch try await web.services.accounts.logIn(username: username, password: page.form.first("password") ?? "", client: client) {
        case .throttled:
            return loginPage(page, username: username, error: page.text.tooManyAttempts, status: .tooManyRequests)
        case .wrong:
            return loginPage(page, username: username, error: page.text.wrongLogin, status: .unauthorized)
        case .success(let user, let next):
            // A new session id at every log-in (no fixation), the old one ended.
            if let old = page.context.session { try? await web.services.sessions.discard(old) }
            let (id, _) = try await web.services.sessions.start(for: user, stage: next == .twoFactor ? .twoFactor : .full)
            var response = Response.redirect(
                to: next == .twoFactor ? "/login/code" : (user.mustChangePassword ? "/account/password" : "/admin"), type: .normal)
            response.headers[values: .setCookie].append(
                ResearcherSessionMiddleware.cookie(id, secure: web.configuration.secureCookies).description)
            return response
        }
    }

    @Sendable func codeForm(_ page: PageRequest) async throws -> Response {
        page.render("login_code", title: page.text.logIn, CodeViewModel(csrf: page.csrf, error: nil))
    }

    @Sendable func code(_ page: PageRequest) async throws -> Response {
        guard let user = page.context.pendingUser, let session = page.context.session else { return .redirect(to: "/login", type: .found) }
        let client = ClientKey.key(page.request, page.context, header: web.configuration.clientAddressHeader)
        guard try await web.services.accounts.verifySecondFactor(user, code: page.form.first("code") ?? "", client: client) else {
            let w = WorkspaceText.forLanguage(page.language)
            return page.render("login_code", title: page.text.logIn, CodeViewModel(csrf: page.csrf, error: w.twoFactorWrong), status: .unauthorized)
        }
        try await web.services.sessions.promote(session, to: .verified)
        return .redirect(to: user.mustChangePassword ? "/account/password" : "/admin", type: .normal)
    }

    @Sendable func logOut(_ page: PageRequest) async throws -> Response {
        // The form's token was checked against the session by the gate.
        if let session = page.context.session, let user = page.context.identity ?? page.context.pendingUser {
            try await web.services.sessions.end(session, user: user)
        }
        var response = Response.redirect(to: "/login", type: .normal)
        response.headers[values: .setCookie].append(ResearcherSessionMiddleware.clearingCookie)
        return response
    }

    // MARK: - The account page

    func accountPage(_ page: PageRequest, error: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        let user = page.user!
        let w = WorkspaceText.forLanguage(page.language)
        let notices = ["password-changed": page.language == "en" ? "Your password was changed; your other sessions ended." : "Uw wachtwoord is gewijzigd; uw andere sessies zijn beëindigd.",
                       "two-factor-on": w.twoFactorOn, "two-factor-off": page.language == "en" ? "Two-step sign-in is off." : "Inloggen in twee stappen staat uit."]
        return page.render(
            "account", title: w.myAccount,
            AccountViewModel(
                csrf: page.csrf, username: user.username, mustChange: user.mustChangePassword, hasTwoFactor: user.hasTwoFactor,
                notice: page.notice(notices), error: error), status: status)
    }

    @Sendable func account(_ page: PageRequest) async throws -> Response { accountPage(page) }

    @Sendable func changePassword(_ page: PageRequest) async throws -> Response {
        let user = page.user!
        let new = page.form.first("new") ?? ""
        guard new == (page.form.first("repeat") ?? "") else {
            return accountPage(page, error: WorkspaceText.forLanguage(page.language).passwordsDiffer, status: .unprocessableContent)
        }
        do {
            try await web.services.accounts.changePassword(
                user, current: page.form.first("current") ?? "", new: new, keepingSession: page.context.session?.idHash)
        } catch let error as ServiceError {
            return accountPage(page, error: error.message.text(page.language), status: .unprocessableContent)
        }
        return page.redirect(user.mustChangePassword ? "/admin" : "/account", notice: user.mustChangePassword ? nil : "password-changed")
    }

    @Sendable func logOutEverywhere(_ page: PageRequest) async throws -> Response {
        try await web.services.sessions.endAll(for: page.user!)
        var response = Response.redirect(to: "/login", type: .normal)
        response.headers[values: .setCookie].append(ResearcherSessionMiddleware.clearingCookie)
        return response
    }

    // MARK: - Two-step sign-in

    func twoFactorPage(_ page: PageRequest, setup: AccountService.TwoFactorSetup, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let qr = try QRCode.encode(setup.uri, errorCorrection: .medium)
        let w = WorkspaceText.forLanguage(page.language)
        return page.render(
            "two_factor", title: w.twoFactor,
            TwoFactorViewModel(
                csrf: page.csrf, secret: setup.base32, grouped: Self.grouped(setup.base32), qrSVG: qr.svg(moduleSize: 5, quietZone: 4, title: w.twoFactorScan),
                error: error), status: status)
    }

    @Sendable func twoFactorForm(_ page: PageRequest) async throws -> Response {
        // An existing secret is replaced only after turning it off, which asks for the password.
        if page.user!.hasTwoFactor { return .redirect(to: "/account", type: .found) }
        return try twoFactorPage(page, setup: web.services.accounts.beginTwoFactor(page.user!))
    }

    @Sendable func twoFactorConfirm(_ page: PageRequest) async throws -> Response {
        let secret = page.form.first("secret") ?? ""
        do {
            try await web.services.accounts.confirmTwoFactor(
                page.user!, secretBase32: secret, code: page.form.first("code") ?? "", keepingSession: page.context.session?.idHash)
            // The code was just shown from the new secret: this session has done both steps.
            if let session = page.context.session { try await web.services.sessions.promote(session, to: .verified) }
        } catch let error as ServiceError {
            let setup = web.services.accounts.beginTwoFactor(page.user!, secret: Base32.decode(secret) ?? TOTP.randomSecret())
            return try twoFactorPage(page, setup: setup, error: error.message.text(page.language), status: .unprocessableContent)
        }
        return page.redirect("/account", notice: "two-factor-on")
    }

    @Sendable func twoFactorDisable(_ page: PageRequest) async throws -> Response {
        do {
            try await web.services.accounts.disableTwoFactor(
                page.user!, password: page.form.first("password") ?? "", keepingSession: page.context.session?.idHash)
            // This session no longer counts as two-step.
            if let session = page.context.session { try await web.services.sessions.promote(session, to: .full) }
        } catch let error as ServiceError {
            return accountPage(page, error: error.message.text(page.language), status: .unprocessableContent)
        }
        return page.redirect("/account", notice: "two-factor-off")
    }

    /// The key in groups of four, easier to type.
    static func grouped(_ text: String) -> String {
        stride(from: 0, to: text.count, by: 4).map { start in
            let from = text.index(text.startIndex, offsetBy: start)
            return String(text[from..<(text.index(from, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex)])
        }.joined(separator: " ")
    }
}

struct LoginViewModel {
    let csrf: String
    let username: String
    let error: String?
}

struct CodeViewModel {
    let csrf: String
    let error: String?
}

struct AccountViewModel {
    let csrf: String
    let username: String
    let mustChange: Bool
    let hasTwoFactor: Bool
    let notice: String?
    let error: String?
}

struct TwoFactorViewModel {
    let csrf: String
    let secret: String
    let grouped: String
    /// Drawn by our own code from the provisioning address; contains no text from a user but the escaped title.
    let qrSVG: String
    let error: String?
}
