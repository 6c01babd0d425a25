import Hummingbird
import VoelsprietStorage

/// While the database cannot be reached, requests that need it get 503 with Retry-After
/// (finding: a PostgreSQL restart under load answered 54 requests with 500 "Unexpected API
/// error"; nothing acknowledged was lost, but clients could not tell "try again" from "broken").
/// The API gets a problem, pages a short message; the log says it once (`DatabaseHealth`).
struct DatabaseUnavailablePages: RouterMiddleware {
    typealias Context = AppRequestContext
    let renderer: PageRenderer
    let health: DatabaseHealth
    static let retryAfter = 5

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch where DatabaseAvailability.isUnavailable(error) {
            health.noteRefused()
            var response: Response
            if request.uri.path.hasPrefix("/api/") {
                response = ProblemDetails(
                    status: .serviceUnavailable, type: "database-unavailable", title: "Service unavailable",
                    detail: "The database cannot be reached right now; nothing was stored. Try again in \(Self.retryAfter) s.",
                    retryAfter: Self.retryAfter
                ).response()
            } else {
                let english = request.uri.queryParameters.get("lang") == "en"
                let layout = LayoutViewModel.researcher(pageTitle: "503", researcher: nil, language: english ? "en" : "nl")
                let model = MessageViewModel(
                    title: english ? "Try again in a moment" : "Probeer het zo opnieuw",
                    text: english
                        ? "The server cannot reach its database right now. Nothing was stored: send the page again in a few seconds (go back first if your answers are not on the page)."
                        : "De server kan zijn database nu niet bereiken. Er is niets opgeslagen: verstuur de pagina over een paar seconden opnieuw (ga eerst terug als je antwoorden niet meer op de pagina staan).",
                    linkURL: nil, linkText: nil)
                response = renderer.response("message", Page(layout: layout, content: model), status: .serviceUnavailable)
                response.headers[.retryAfter] = String(Self.retryAfter)
            }
            return response
        }
    }
}
