import Hummingbird
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

/// Account management for admins: create accounts (with a one-time password), change the
/// global role, disable and enable (a disabled account's sessions end at once), reset a
/// password; and the account events of the audit trail.
struct UsersFeature: ResearcherFeature {
    let web: WebContext

    var pages: [PageRoute] {
        [
            PageRoute(method: .get, path: "/admin/users", requirement: .admin, handler: list),
            PageRoute(method: .post, path: "/admin/users", requirement: .admin, handler: create),
            PageRoute(method: .post, path: "/admin/users/:username/role", requirement: .admin, handler: setRole),
            PageRoute(method: .post, path: "/admin/users/:username/disable", requirement: .admin, handler: disable),
            PageRoute(method: .post, path: "/admin/users/:username/enable", requirement: .admin, handler: enable),
            PageRoute(method: .post, path: "/admin/users/:username/reset-password", requirement: .admin, handler: reset),
            PageRoute(method: .get, path: "/admin/audit", requirement: .admin, handler: accountAudit),
            PageRoute(method: .get, path: "/admin/audit.csv", requirement: .admin, handler: accountAuditCSV),
        ]
    }

    func listPage(
        _ page: PageRequest, notice: String? = nil, error: String? = nil, newUser: String? = nil, newPassword: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let w = WorkspaceText.forLanguage(page.language)
        let rows = try await web.services.accounts.accounts(for: try page.actor).map {
            UsersViewModel.Row(
                username: $0.username, role: $0.role.rawValue, isAdmin: $0.role == .admin, disabled: $0.disabled,
                state: $0.disabled ? w.disabled : ($0.mustChangePassword ? w.mustChange : ""), isSelf: $0.username == page.user?.username)
        }
        let notices = [
            "role-changed": page.language == "en" ? "Role changed." : "Rol gewijzigd.",
            "disabled": page.language == "en" ? "Account disabled; its sessions ended." : "Account uitgeschakeld; de sessies zijn beëindigd.",
            "enabled": page.language == "en" ? "Account enabled." : "Account ingeschakeld.",
        ]
        let model = UsersViewModel(
            csrf: page.csrf, users: rows, notice: notice ?? page.notice(notices), error: error, newUser: newUser, newPassword: newPassword)
        return page.render("admin_users", title: page.text.accounts, model, status: status)
    }

    @Sendable func list(_ page: PageRequest) async throws -> Response { try await listPage(page) }

    @Sendable func create(_ page: PageRequest) async throws -> Response {
        do {
            let (user, password) = try await web.services.accounts.createAccount(
                username: page.form.first("username") ?? "", roleName: page.form.first("role") ?? "", by: try page.actor)
            return try await listPage(page, notice: page.text.accountCreated, newUser: user.username, newPassword: password)
        } catch let error as ServiceError {
            return try await listPage(page, error: error.message.text(page.language), status: .unprocessableContent)
        }
    }

    func act(_ page: PageRequest, notice: String, _ body: () async throws -> Void) async throws -> Response {
        do {
            try await body()
        } catch let error as ServiceError {
            return try await listPage(page, error: error.message.text(page.language), status: .unprocessableContent)
        }
        return page.redirect("/admin/users", notice: notice)
    }

    @Sendable func setRole(_ page: PageRequest) async throws -> Response {
        try await act(page, notice: "role-changed") {
            try await web.services.accounts.setRole(username: page.parameter("username"), roleName: page.form.first("role") ?? "", by: try page.actor)
        }
    }

    @Sendable func disable(_ page: PageRequest) async throws -> Response {
        try await act(page, notice: "disabled") {
            try await web.services.accounts.setDisabled(username: page.parameter("username"), disabled: true, by: try page.actor)
        }
    }

    @Sendable func enable(_ page: PageRequest) async throws -> Response {
        try await act(page, notice: "enabled") {
            try await web.services.accounts.setDisabled(username: page.parameter("username"), disabled: false, by: try page.actor)
        }
    }

    @Sendable func reset(_ page: PageRequest) async throws -> Response {
        do {
            let name = Username.normalised(page.parameter("username"))
            let password = try await web.services.accounts.resetPassword(username: name, by: try page.actor)
            return try await listPage(page, newUser: name, newPassword: password)
        } catch let error as ServiceError {
            return try await listPage(page, error: error.message.text(page.language), status: .unprocessableContent)
        }
    }

    @Sendable func accountAudit(_ page: PageRequest) async throws -> Response {
        let records = try await web.services.audit.accountTrail(for: try page.actor, reading: .page)
        let w = WorkspaceText.forLanguage(page.language)
        return page.render("audit", title: w.accountEvents, AuditViewModel(frame: nil, heading: w.accountEvents, csvURL: "/admin/audit.csv", rows: records.map(AuditViewModel.Row.init)))
    }

    @Sendable func accountAuditCSV(_ page: PageRequest) async throws -> Response {
        let filename = "voelspriet-account-audit.csv"
        let records = try await web.services.audit.accountTrail(for: try page.actor, reading: .download(filename: filename), limit: 1_000_000)
        return Download.response(ByteBuffer(string: AuditService.csv(records)), filename: filename, type: "text/csv; charset=utf-8")
    }
}

/// Accounts (admins only).
struct UsersViewModel {
    struct Row {
        let username: String
        let role: String
        let isAdmin: Bool
        let disabled: Bool
        let state: String
        let isSelf: Bool
    }

    let csrf: String
    let users: [Row]
    let notice: String?
    let error: String?
    let newUser: String?
    let newPassword: String?
}
