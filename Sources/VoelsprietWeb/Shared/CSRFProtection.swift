import Foundation
import Hummingbird
import VoelsprietServices

/// Double-submit protection for anonymous forms: a random token in an HttpOnly, SameSite=Strict
/// cookie that must match the hidden `_csrf` field. Nothing about the respondent is stored.
/// Researcher forms use the token kept in their session instead.
struct CSRFProtection: Sendable {
    static let cookieName = "vs_csrf"
    let secure: Bool

    /// The request's token, or a new one with the cookie that sets it.
    func token(for request: Request) -> (token: String, cookie: Cookie?) {
        if let existing = request.cookies[Self.cookieName]?.value, existing.count == 43 {
            return (existing, nil)
        }
        let token = SessionService.randomToken()
        let cookie = Cookie(name: Self.cookieName, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
        return (token, cookie)
    }

    /// True when the form's token matches the cookie.
    func verify(request: Request, formToken: String?) -> Bool {
        guard let cookie = request.cookies[Self.cookieName]?.value, let formToken else { return false }
        return Self.constantTimeEqual(cookie, formToken)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
