import Foundation
import HTTPTypes
import Hummingbird
import VoelsprietServices
import NIOCore
import VoelsprietDomain
import VoelsprietStorage

/// The JSON API: intake for other collection channels and load tests, withdrawal, and the
/// instrument a client needs to build valid bodies. Every error is an RFC 9457 problem.
struct APIController: Sendable {
    let web: WebContext
    let openAPIDocument: ByteBuffer

    /// The API's routes, the one list of them: registered from here, and checked against the
    /// OpenAPI document's paths by a test.
    var routes: [(method: HTTPRequest.Method, path: String, handler: @Sendable (Request, AppRequestContext) async throws -> Response)] {
        [
            (.get, "/api/openapi.json", openAPI),
            (.get, "/api/v1/studies/:slug/instrument", instrument),
            (.post, "/api/v1/studies/:slug/responses", submit),
            (.post, "/api/v1/studies/:slug/withdrawals", withdraw),
        ]
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        let api = router.group().add(middleware: RejectionLogMiddleware(log: web.rejections)).add(middleware: ProblemDetailsMiddleware())
        for route in routes {
            api.on(RouterPath(route.path), method: route.method, use: route.handler)
        }
    }

    @Sendable func openAPI(_ request: Request, context: AppRequestContext) async throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: openAPIDocument))
    }

    @Sendable func instrument(_ request: Request, context: AppRequestContext) async throws -> Response {
        let study = try await existingStudy(context)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return json(.ok, try encoder.encode(study.instrument))
    }

    @Sendable func submit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let slug = context.parameters.get("slug") ?? ""
        let entry = try await web.studies.entry(slug)
        guard let study = entry.study, let validator = entry.validator else {
            throw ProblemDetails.notFound("There is no study '\(slug)'.")
        }
        guard study.status == .open else {
            throw ProblemDetails(
                status: .gone, type: "study-closed", title: "Study closed",
                detail: "Study '\(slug)' is closed and accepts no new responses.")
        }
        let raw = try Self.decodeStringObject(try await readJSONBody(request))

        let outcome = validator.validate(raw, hidden: .reject)
        guard outcome.isValid else {
            throw Self.unprocessable(
                outcome.problems.map { .init(field: $0.field, code: $0.kind.rawValue, detail: $0.message(language: "en")) })
        }
        // Only a valid response takes a place of the study's minute: junk bodies cannot use
        // up the allowance of real respondents.
        try admit(slug, .response)
        // With an Idempotency-Key the same request sent again (a retry after a timeout) gets the
        // same receipt, 200 instead of 201, and stores nothing new.
        var submission: SubmissionToken?
        if let key = request.headers[HTTPField.Name("Idempotency-Key")!] {
            guard let token = SubmissionToken(idempotencyKey: key) else {
                throw Self.unprocessable([
                    .init(field: "Idempotency-Key", code: "invalid", detail: "The Idempotency-Key header must be 16 to 255 visible ASCII characters.")
                ])
            }
            submission = token
        }
        let stored: IntakeService.Stored
        do {
            stored = try await web.services.intake.storeResponse(
                outcome.answers, slug: slug, submission: submission, instrumentVersion: study.instrumentVersion)
        } catch StorageError.notFound {
            web.studies.invalidate(slug)
            throw ProblemDetails.notFound("There is no study '\(slug)'.")
        }
        return json(stored.alreadyStored ? .ok : .created, Data(#"{"receipt":"\#(stored.receipt)"}"#.utf8))
    }

    @Sendable func withdraw(_ request: Request, context: AppRequestContext) async throws -> Response {
        let slug = context.parameters.get("slug") ?? ""
        _ = try await existingStudy(context)
        let body = try Self.decodeStringObject(try await readJSONBody(request))
        guard case .string(let typed) = body["receipt"] else {
            throw Self.unprocessable([.init(field: "receipt", code: "required", detail: "'receipt' must be a string.")])
        }
        guard let code = ReceiptCode(typed) else {
            throw Self.unprocessable([
                .init(field: "receipt", code: "invalid-format", detail: "A receipt is 16 characters, like 7K3Q-M2XD-9PRT-4HVA.")
            ])
        }
        try admit(slug, .withdrawal)
        guard try await web.services.intake.withdraw(slug: slug, receipt: code) else {
            throw ProblemDetails.notFound("No response with this receipt in study '\(slug)'.")
        }
        return Response(status: .noContent)
    }

    // MARK: - Helpers

    /// Throws a 429 problem when the study's limit for `kind` is reached.
    func admit(_ slug: String, _ kind: IntakeRateLimit.Kind) throws {
        if let wait = web.intakeLimit.admit(slug, kind) {
            throw ProblemDetails.tooManyRequests(retryAfter: IntakeRateLimit.retryAfterSeconds(wait))
        }
    }

    func existingStudy(_ context: AppRequestContext) async throws -> Study {
        let slug = context.parameters.get("slug") ?? ""
        guard let study = try await web.studies.entry(slug).study else {
            throw ProblemDetails.notFound("There is no study '\(slug)'.")
        }
        return study
    }

    /// Decodes a JSON object of strings and arrays of strings (intake and withdrawal bodies). A value of
    /// another type (or a field given twice) is a 422 naming its field; anything that is not a
    /// JSON object is a 400.
    static func decodeStringObject(_ bytes: [UInt8]) throws -> RawAnswers {
        do {
            return try AnswerBodyParser.parse(bytes)
        } catch .invalidType(let field) {
            throw unprocessable([.init(field: field, code: "invalid-type", detail: "'\(field)' must be a string or an array of strings.")])
        } catch .duplicateField(let field) {
            throw unprocessable([.init(field: field, code: "duplicate-field", detail: "'\(field)' is given more than once.")])
        } catch .notAnObject {
            throw ProblemDetails(
                status: .badRequest, type: "not-an-object", title: "Not a JSON object",
                detail: "The body must be a JSON object keyed by item id.")
        } catch .malformed(let offset) {
            throw ProblemDetails(
                status: .badRequest, type: "malformed-json", title: "Malformed JSON",
                detail: "The body is not valid JSON (at byte \(offset)).")
        }
    }

    /// Reads a body declared as JSON: content type, size and UTF-8 checked, each with its own problem.
    func readJSONBody(_ request: Request) async throws -> [UInt8] {
        let contentType = (request.headers[.contentType] ?? "").lowercased()
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard mediaType == "application/json" else {
            throw ProblemDetails(
                status: .unsupportedMediaType, type: "unsupported-media-type", title: "Unsupported media type",
                detail: "Send the body as application/json (UTF-8); got '\(contentType.isEmpty ? "none" : contentType)'.")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: BodyLimit.standard)
        } catch let error as NIOTooManyBytesError {
            throw error
        } catch {
            // The client went away or sent a broken body: a rejection like any other (logged
            // at most once a minute), not a server error logged for every aborted upload.
            throw ProblemDetails(
                status: .badRequest, type: "incomplete-body", title: "Incomplete body",
                detail: "The request body could not be read to its end; nothing was stored.")
        }
        let bytes = Array(buffer.readableBytesView)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw ProblemDetails(
                status: .badRequest, type: "invalid-encoding", title: "Invalid encoding",
                detail: "The body is not valid UTF-8.")
        }
        return bytes
    }

    static func unprocessable(_ errors: [ProblemDetails.FieldError]) -> ProblemDetails {
        ProblemDetails(
            status: .unprocessableContent, type: "invalid-response", title: "Invalid response",
            detail: "\(errors.count) field(s) were not accepted; nothing was stored"
                + (errors.count > ProblemDetails.maximumErrors ? " (the first \(ProblemDetails.maximumErrors) are listed)." : "."),
            errors: errors)
    }

    func json(_ status: HTTPResponse.Status, _ data: Data) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
