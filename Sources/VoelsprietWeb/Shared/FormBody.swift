import Foundation
import Hummingbird

/// An `application/x-www-form-urlencoded` body as ordered name/value pairs, repeated names kept.
struct FormBody: Sendable {
    enum Failure: Error {
        case wrongContentType
        case invalidEncoding
        /// A multipart form that cannot be read (what is wrong, in English).
        case malformedUpload(String)
    }

    let pairs: [(String, String)]
    /// Files of a `multipart/form-data` form (empty for urlencoded forms).
    var files: [UploadedFile] = []

    /// Reads and parses the body, at most `limit` bytes.
    static func read(_ request: Request, limit: Int) async throws -> FormBody {
        let contentType = request.headers[.contentType] ?? ""
        if let boundary = MultipartForm.boundary(contentType: contentType) {
            let buffer = try await request.body.collect(upTo: limit)
            do {
                let parsed = try MultipartForm.parse(Array(buffer.readableBytesView), boundary: boundary)
                return FormBody(pairs: parsed.fields, files: parsed.files)
            } catch MultipartForm.Failure.malformed(let reason) {
                throw Failure.malformedUpload(reason)
            } catch {
                throw Failure.malformedUpload("no boundary")
            }
        }
        guard contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") else { throw Failure.wrongContentType }
        let buffer = try await request.body.collect(upTo: limit)
        return try parse(Array(buffer.readableBytesView))
    }

    /// Parses urlencoded bytes; rejects anything that is not UTF-8 once decoded.
    static func parse(_ bytes: [UInt8]) throws -> FormBody {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Failure.invalidEncoding }
        var pairs: [(String, String)] = []
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(pieces[0]), let value = decode(pieces.count > 1 ? pieces[1] : "") else {
                throw Failure.invalidEncoding
            }
            pairs.append((name, value))
        }
        return FormBody(pairs: pairs)
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// The first value of `name`.
    func first(_ name: String) -> String? {
        pairs.first { $0.0 == name }?.1
    }

    /// Every value of `name`, in order (repeated fields, checkboxes).
    func all(_ name: String) -> [String] {
        pairs.filter { $0.0 == name }.map(\.1)
    }
}
