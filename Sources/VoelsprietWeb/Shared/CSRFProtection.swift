import Crypto
import Foundation
import Hummingbird
import VoelsprietServices
import VoelsprietWorkspace

/// Signed double-submit protection for anonymous forms: a token in an HttpOnly,
/// SameSite=Strict cookie that must match the hidden `_csrf` field, and that the server
/// itself signed (HMAC-SHA256 under a secret kept in the database), so that a cookie set by
/// anyone else — any 43 characters once passed — is refused. Nothing about the respondent is
/// stored. Researcher forms use the token kept in their session instead.
struct CSRFProtection: Sendable {
    static let cookieName = "vs_csrf"
    let secure: Bool
    /// The signing key's bytes (`SymmetricKey` is not `Sendable`).
    let key: [UInt8]

    /// `random.signature`, both base64url without padding: 22 + 1 + 22 characters.
    func make() -> String {
        let nonce = SecureRandom.base64URL(SecureRandom.bytes(16))
        return nonce + "." + signature(nonce)
    }

    func signature(_ nonce: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(nonce.utf8), using: SymmetricKey(data: key))
        return SecureRandom.base64URL(Array(mac.prefix(16)))
    }

    /// True when `token` is one this server signed.
    func isSigned(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 22 else { return false }
        return Self.constantTimeEqual(String(parts[1]), signature(String(parts[0])))
    }

    /// The request's token, or a new one with the cookie that sets it.
    func token(for request: Request) -> (token: String, cookie: Cookie?) {
        if let existing = request.cookies[Self.cookieName]?.value, isSigned(existing) {
            return (existing, nil)
        }
        let token = make()
        let cookie = Cookie(name: Self.cookieName, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
        return (token, cookie)
    }

    /// True when the form's token matches the cookie and the server signed it.
    func verify(request: Request, formToken: String?) -> Bool {
        guard let cookie = request.cookies[Self.cookieName]?.value, let formToken else { return false }
        return Self.constantTimeEqual(cookie, formToken) && isSigned(cookie)
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
