import Hummingbird

/// Picks the language of the researcher pages: `?lang=en|nl` switches and is remembered in a
/// cookie (a preference, nothing else); without either, Dutch.
struct ResearcherLanguageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "vs_lang"
    let secure: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        let requested = request.uri.queryParameters.get("lang").flatMap { ["nl", "en"].contains($0) ? $0 : nil }
        let remembered = request.cookies[Self.cookieName]?.value
        context.language = requested ?? (remembered == "en" ? "en" : "nl")
        var response = try await next(request, context)
        if let requested, requested != remembered {
            let cookie = Cookie(name: Self.cookieName, value: requested, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
            response.headers[values: .setCookie].append(cookie.description)
        }
        return response
    }
}
