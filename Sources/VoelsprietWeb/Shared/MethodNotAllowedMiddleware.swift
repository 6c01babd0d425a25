import Hummingbird

/// Answers 405 with an `Allow` header when an API path exists but not for the request's
/// method (including methods the router has never heard of, like QUERY), instead of 404.
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    /// Path patterns (segments; `*` matches one segment) and their methods.
    static let routes: [([Substring], [HTTPRequest.Method])] = [
        (["api", "openapi.json"], [.get]),
        (["api", "v1", "studies", "*", "instrument"], [.get]),
        (["api", "v1", "studies", "*", "responses"], [.post]),
        (["api", "v1", "studies", "*", "withdrawals"], [.post]),
    ]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        // Only API paths can answer 405; everything else passes straight through.
        let path = request.uri.path
        guard path.hasPrefix("/api/") else { return try await next(request, context) }
        let segments = path.split(separator: "/")
        for (pattern, allowed) in Self.routes where pattern.count == segments.count {
            guard zip(pattern, segments).allSatisfy({ $0 == "*" || $0 == $1 }) else { continue }
            guard allowed.contains(request.method) else {
                let allow = allowed.map(\.rawValue).joined(separator: ", ")
                var response = ProblemDetails(
                    status: .methodNotAllowed, type: "method-not-allowed", title: "Method not allowed",
                    detail: "Use \(allow) on this path."
                ).response()
                response.headers[.allow] = allow
                return response
            }
            break
        }
        return try await next(request, context)
    }
}
