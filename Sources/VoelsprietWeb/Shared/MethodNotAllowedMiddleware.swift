import Hummingbird

/// Answers 405 with an `Allow` header when an API path exists but not for the request's
/// method (including methods the router has never heard of, like QUERY), instead of 404.
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    /// Path patterns (segments; `*` matches one segment) and their methods.
    let routes: [([Substring], [HTTPRequest.Method])]

    /// From the API's own route table (`/api/v1/studies/:slug/instrument` style paths).
    init(routes: [(method: HTTPRequest.Method, path: String)]) {
        var patterns: [([Substring], [HTTPRequest.Method])] = []
        for route in routes {
            let segments = route.path.split(separator: "/").map { $0.hasPrefix(":") ? Substring("*") : $0 }
            if let index = patterns.firstIndex(where: { $0.0 == segments }) {
                patterns[index].1.append(route.method)
            } else {
                patterns.append((segments, [route.method]))
            }
        }
        self.routes = patterns
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        // Only API paths can answer 405; everything else passes straight through.
        let path = request.uri.path
        guard path.hasPrefix("/api/") else { return try await next(request, context) }
        let segments = path.split(separator: "/")
        for (pattern, allowed) in routes where pattern.count == segments.count {
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
