import Hummingbird
import NIOCore
import VoelsprietStorage

/// Turns every error under the API into an RFC 9457 problem response, so clients never get HTML
/// or an empty body, and unexpected errors become a 500 without internals.
struct ProblemDetailsMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let problem as ProblemDetails {
            return problem.response()
        } catch is NIOTooManyBytesError {
            return ProblemDetails(
                status: .contentTooLarge, type: "body-too-large", title: "Body too large",
                detail: "The request body exceeds the limit of \(BodyLimit.standard) bytes."
            ).response()
        } catch let error as HTTPError {
            return ProblemDetails(
                status: error.status, type: "http-\(error.status.code)", title: error.status.reasonPhrase,
                detail: error.body ?? error.status.reasonPhrase
            ).response()
        } catch where DatabaseAvailability.isUnavailable(error) {
            throw error  // answered 503 by DatabaseUnavailablePages
        } catch {
            context.logger.error("Unexpected API error: \(loggable(error))")
            return ProblemDetails(
                status: .internalServerError, type: "internal", title: "Internal error",
                detail: "The server could not handle this request; nothing was stored."
            ).response()
        }
    }
}
