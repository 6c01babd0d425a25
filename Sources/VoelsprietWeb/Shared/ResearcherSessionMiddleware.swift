import Hummingbird
import VoelsprietServices
import VoelsprietStorage

/// Resolves the session cookie into the account: `identity` once every factor is done,
/// `pendingUser` while the second factor is due. An unknown, forged, idle or ended session
/// is simply no session (and its cookie is cleared).
struct ResearcherSessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "vs_session"
    let sessions: SessionService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        var stale = false
        if let id = request.cookies[Self.cookieName]?.value {
            if let resolved = try await sessions.resolve(id) {
                context.session = resolved.session
                switch resolved.session.stage {
                case .full, .verified: context.identity = resolved.user
                case .twoFactor: context.pendingUser = resolved.user
                }
            } else {
                stale = true
            }
        }
        var response = try await next(request, context)
        if stale, !response.headers[values: .setCookie].contains(where: { $0.hasPrefix("\(Self.cookieName)=") }) {
            response.headers[values: .setCookie].append(Self.clearingCookie)
        }
        return response
    }

    static func cookie(_ id: String, secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: id, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    static let clearingCookie = "\(cookieName)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
}
