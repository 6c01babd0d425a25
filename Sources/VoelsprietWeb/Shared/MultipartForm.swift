import Foundation

/// A file sent with a `multipart/form-data` form.
struct UploadedFile: Sendable {
    let field: String
    let fileName: String
    let contentType: String?
    let bytes: [UInt8]
}

/// `multipart/form-data` bodies (RFC 7578): text fields become form pairs, file parts
/// `UploadedFile`s. Only what browsers send is accepted: a boundary parameter, parts with a
/// `Content-Disposition: form-data; name=…` header; anything else is `malformed`.
enum MultipartForm {
    enum Failure: Error, Equatable {
        case noBoundary
        case malformed(String)
    }

    /// The boundary of a `multipart/form-data` content type, nil for any other type.
    static func boundary(contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() where part.lowercased().hasPrefix("boundary=") {
            var value = String(part.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty || value.count > 70 ? nil : value
        }
        return nil
    }

    static func parse(_ body: [UInt8], boundary: String) throws -> (fields: [(String, String)], files: [UploadedFile]) {
        let delimiter = Array("--\(boundary)".utf8)
        var fields: [(String, String)] = []
        var files: [UploadedFile] = []
        guard var position = find(delimiter, in: body, from: 0) else { throw Failure.malformed("no boundary in the body") }
        position += delimiter.count
        let separator = Array("\r\n--\(boundary)".utf8)
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if body.count >= position + 2, body[position] == 0x2D, body[position + 1] == 0x2D { break }
            guard body.count >= position + 2, body[position] == 0x0D, body[position + 1] == 0x0A else {
                throw Failure.malformed("a boundary is not followed by a line end")
            }
            position += 2
            guard let headerEnd = find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: position) else {
                throw Failure.malformed("a part has no end of its headers")
            }
            guard let headerText = String(validating: body[position..<headerEnd], as: UTF8.self) else {
                throw Failure.malformed("a part's headers are not UTF-8")
            }
            let contentStart = headerEnd + 4
            guard let contentEnd = find(separator, in: body, from: contentStart) else { throw Failure.malformed("a part is not closed") }
            let headers = parseHeaders(headerText)
            guard let disposition = headers["content-disposition"], let name = parameter("name", in: disposition) else {
                throw Failure.malformed("a part has no name")
            }
            let content = Array(body[contentStart..<contentEnd])
            if let fileName = parameter("filename", in: disposition) {
                if !(fileName.isEmpty && content.isEmpty) {
                    files.append(UploadedFile(field: name, fileName: fileName, contentType: headers["content-type"], bytes: content))
                }
            } else {
                guard let value = String(validating: content, as: UTF8.self) else { throw Failure.malformed("field \(name) is not UTF-8") }
                fields.append((name, value))
            }
            position = contentEnd + separator.count
        }
        return (fields, files)
    }

    static func parseHeaders(_ text: String) -> [String: String] {
        var headers: [String: String] = [:]
        for line in text.components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] = line[line.index(after: colon)...]
                .trimmingCharacters(in: .whitespaces)
        }
        return headers
    }

    /// A parameter of a header value (`name="file"`), quotes and backslash escapes removed.
    static func parameter(_ key: String, in header: String) -> String? {
        var rest = Substring(header)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop { $0 == " " }
            guard rest.lowercased().hasPrefix(key + "=") else { continue }
            var value = rest.dropFirst(key.count + 1)
            if value.first == "\"" {
                value = value.dropFirst()
                var result = ""
                var escaped = false
                for character in value {
                    if escaped {
                        result.append(character)
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        return result
                    } else {
                        result.append(character)
                    }
                }
                return nil
            }
            return String(value.prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// The first position of `needle` in `haystack` at or after `start` (first-byte scan, then
    /// compare: the boundary's first bytes are rare in text).
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        let last = haystack.count - needle.count
        var index = start
        return haystack.withUnsafeBufferPointer { hay -> Int? in
            needle.withUnsafeBufferPointer { pin -> Int? in
                while index <= last {
                    if hay[index] == first {
                        var match = true
                        var k = 1
                        while k < pin.count {
                            if hay[index + k] != pin[k] {
                                match = false
                                break
                            }
                            k += 1
                        }
                        if match { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }
}
