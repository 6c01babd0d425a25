import Hummingbird
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

/// A study's members for its lead: add an account with a role, change roles, remove; the
/// study always keeps a lead, and a lead cannot demote themselves.
struct MembersFeature: ResearcherFeature {
    let web: WebContext

    var studyRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "members", action: .manageMembers, handler: list),
            StudyRoute(method: .post, path: "members", action: .manageMembers, handler: add),
            StudyRoute(method: .post, path: "members/:username/role", action: .manageMembers, handler: changeRole),
            StudyRoute(method: .post, path: "members/:username/remove", action: .manageMembers, handler: remove),
        ]
    }

    var navigation: [StudyNavigationItem] {
        [StudyNavigationItem(path: "members", action: .manageMembers) { _, w in w.members }]
    }

    func listPage(_ request: StudyRequest, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let w = request.workspace
        let members = try await web.services.members.members(request.access).map { member in
            MembersViewModel.Row(
                username: member.username, since: member.addedOn,
                roles: StudyRole.allCases.map { .init(value: $0.rawValue, label: w.roleName($0.rawValue), selected: $0 == member.role) })
        }
        let notices = [
            "added": request.language == "en" ? "Member added." : "Lid toegevoegd.",
            "changed": request.language == "en" ? "Role changed." : "Rol gewijzigd.",
            "removed": request.language == "en" ? "Member removed." : "Lid verwijderd.",
        ]
        return request.render(
            "members", title: w.members,
            MembersViewModel(
                frame: request.frame, csrf: request.page.csrf, members: members,
                roles: StudyRole.allCases.map { .init(value: $0.rawValue, label: w.roleName($0.rawValue), selected: $0 == .analyst) },
                notice: request.page.notice(notices), error: error), status: status)
    }

    @Sendable func list(_ request: StudyRequest) async throws -> Response { try await listPage(request) }

    func act(_ request: StudyRequest, notice: String, _ body: () async throws -> Void) async throws -> Response {
        do {
            try await body()
        } catch let error as ServiceError {
            let status: HTTPResponse.Status =
                switch error {
                case .notFound: .unprocessableContent
                case .conflict: .conflict
                default: .unprocessableContent
                }
            return try await listPage(request, error: error.message.text(request.language), status: status)
        }
        return request.redirect("members", notice: notice)
    }

    @Sendable func add(_ request: StudyRequest) async throws -> Response {
        try await act(request, notice: "added") {
            try await web.services.members.add(
                request.access, username: request.form.first("username") ?? "", roleName: request.form.first("role") ?? "")
        }
    }

    @Sendable func changeRole(_ request: StudyRequest) async throws -> Response {
        try await act(request, notice: "changed") {
            try await web.services.members.changeRole(
                request.access, username: request.page.parameter("username"), roleName: request.form.first("role") ?? "")
        }
    }

    @Sendable func remove(_ request: StudyRequest) async throws -> Response {
        try await act(request, notice: "removed") {
            try await web.services.members.remove(request.access, username: request.page.parameter("username"))
        }
    }
}

struct MembersViewModel {
    struct RoleOption {
        let value: String
        let label: String
        let selected: Bool
    }

    struct Row {
        let username: String
        let since: String
        let roles: [RoleOption]
    }

    let frame: StudyFrame
    let csrf: String
    let members: [Row]
    let roles: [RoleOption]
    let notice: String?
    let error: String?
}
