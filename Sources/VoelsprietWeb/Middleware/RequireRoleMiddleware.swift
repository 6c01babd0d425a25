import Hummingbird
import VoelsprietStorage

/// Lets a request through only for a logged-in account with one of `roles`: pages redirect
/// anonymous visitors to the login form; a logged-in account without the role gets 403.
struct RequireRoleMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let roles: Set<UserRole>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard let user = context.identity else {
            return .redirect(to: "/login", type: .found)
        }
        guard roles.contains(user.role) else {
            throw HTTPError(.forbidden, message: "Your account does not have the role for this page.")
        }
        return try await next(request, context)
    }
}
