import Hummingbird
import VoelsprietServices
import VoelsprietStorage

/// Browser routes answer errors with an HTML page in the researcher layout (the API keeps
/// problem+json): the status of the error, its message in the page's language, and nothing
/// of the internals for unexpected errors.
struct ResearcherErrorPages: RouterMiddleware {
    typealias Context = AppRequestContext
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as ServiceError {
            return page(context, status: error.httpStatus, message: error.message.text(context.language))
        } catch let error as StorageError {
            // A race with another request (the study deleted meanwhile, a double submit).
            switch error {
            case .notFound: return page(context, status: .notFound, message: WorkspaceText.forLanguage(context.language).gone)
            case .duplicate: return page(context, status: .conflict, message: WorkspaceText.forLanguage(context.language).done)
            case .corrupt, .misuse: throw error
            }
        } catch is FormExpired {
            let text = ResearcherText.forLanguage(context.language)
            return page(context, status: .forbidden, message: text.formExpired)
        } catch let error as ExportUnavailable {
            return page(context, status: .serviceUnavailable, message: error.reason)
        } catch let error as HTTPError {
            return page(context, status: error.status, message: error.body ?? error.status.reasonPhrase)
        } catch where DatabaseAvailability.isUnavailable(error) {
            throw error  // answered 503 by DatabaseUnavailablePages
        } catch {
            context.logger.error("Unexpected error on a researcher page: \(loggable(error))")
            return page(context, status: .internalServerError, message: WorkspaceText.forLanguage(context.language).unexpectedError)
        }
    }

    func page(_ context: Context, status: HTTPResponse.Status, message: String) -> Response {
        let researcher = context.identity.map {
            LayoutViewModel.ResearcherViewModel(username: $0.username, isAdmin: $0.role == .admin, csrf: context.session?.csrf ?? "")
        }
        let layout = LayoutViewModel.researcher(pageTitle: "\(status.code)", researcher: researcher, language: context.language)
        let model = MessageViewModel(title: "\(status.code) \(status.reasonPhrase)", text: message, linkURL: "/admin", linkText: layout.r.studies)
        return renderer.response("message", Page(layout: layout, content: model), status: status)
    }
}

/// An address nobody serves gets an HTML page (the API's own paths keep problem+json).
struct NotFoundPages: RouterMiddleware {
    typealias Context = AppRequestContext
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard !request.uri.path.hasPrefix("/api/") else { return try await next(request, context) }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let language = request.uri.queryParameters.get("lang") == "en" || request.cookies[ResearcherLanguageMiddleware.cookieName]?.value == "en" ? "en" : "nl"
            let layout = LayoutViewModel.researcher(pageTitle: "404", researcher: nil, language: language)
            let model = MessageViewModel(
                title: "404", text: language == "en" ? "There is no page at this address." : "Op dit adres is geen pagina.",
                linkURL: "/login", linkText: layout.r.logIn)
            return renderer.response("message", Page(layout: layout, content: model), status: .notFound)
        }
    }
}
