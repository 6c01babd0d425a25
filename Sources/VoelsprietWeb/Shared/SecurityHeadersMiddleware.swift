import HTTPTypes
import Hummingbird

/// Sets strict security headers on every response: only our own assets, no framing, no referrer.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'; connect-src 'self'"
    // Parsed once: these run for every response.
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let permissionsPolicy = HTTPField.Name("Permissions-Policy")!
    static let openerPolicy = HTTPField.Name("Cross-Origin-Opener-Policy")!

    let secure: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        // A route may set a stricter policy of its own (a full text shown inline is sandboxed).
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy }
        response.headers[Self.frameOptions] = "DENY"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "no-referrer"
        response.headers[Self.permissionsPolicy] = "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        response.headers[Self.openerPolicy] = "same-origin"
        if secure { response.headers[.strictTransportSecurity] = "max-age=31536000" }
        return response
    }
}
