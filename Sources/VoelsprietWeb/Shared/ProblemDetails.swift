import Foundation
import Hummingbird

/// An RFC 9457 problem: the body of every API error, `application/problem+json`.
struct ProblemDetails: Error, Encodable, Sendable {
    /// One rejected field.
    struct FieldError: Encodable, Sendable {
        var field: String
        var code: String
        var detail: String
    }

    var type: String
    var title: String
    var status: Int
    var detail: String
    /// The first `maximumErrors` field errors; `errorCount` says how many there were in all.
    var errors: [FieldError]?
    var errorCount: Int?
    /// Seconds for a `Retry-After` header (429, 503).
    var retryAfter: Int?

    /// A body with 3,800 unknown keys once produced a 372 KB error: the list stops here.
    static let maximumErrors = 50

    enum CodingKeys: String, CodingKey {
        case type, title, status, detail, errors
        case errorCount = "error_count"
    }

    init(
        status: HTTPResponse.Status, type: String, title: String, detail: String, errors: [FieldError]? = nil,
        retryAfter: Int? = nil
    ) {
        self.type = "https://voelspriet.invalid/problems/\(type)"
        self.title = title
        self.status = status.code
        self.detail = detail
        self.errors = errors.map { Array($0.prefix(Self.maximumErrors)) }
        self.errorCount = errors.map(\.count)
        self.retryAfter = retryAfter
    }

    static func tooManyRequests(retryAfter: Int) -> ProblemDetails {
        ProblemDetails(
            status: .tooManyRequests, type: "rate-limited", title: "Too many requests",
            detail: "This study receives more submissions than it accepts per minute; nothing was stored. Try again in \(retryAfter) s.",
            retryAfter: retryAfter)
    }

    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        headers[.cacheControl] = "no-store"
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(
            status: HTTPResponse.Status(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func notFound(_ detail: String) -> ProblemDetails {
        ProblemDetails(status: .notFound, type: "not-found", title: "Not found", detail: detail)
    }
}
