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
    var errors: [FieldError]?

    init(status: HTTPResponse.Status, type: String, title: String, detail: String, errors: [FieldError]? = nil) {
        self.type = "https://voelspriet.invalid/problems/\(type)"
        self.title = title
        self.status = status.code
        self.detail = detail
        self.errors = errors
    }

    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        headers[.cacheControl] = "no-store"
        return Response(
            status: HTTPResponse.Status(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func notFound(_ detail: String) -> ProblemDetails {
        ProblemDetails(status: .notFound, type: "not-found", title: "Not found", detail: detail)
    }
}
