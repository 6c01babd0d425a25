import Testing

@testable import VoelsprietWeb

/// `multipart/form-data` as browsers send it, and what a hostile client may send instead.
@Suite("Multipart forms")
struct MultipartFormTests {
    static func body(_ parts: [String], boundary: String = "XyZ") -> [UInt8] {
        var text = ""
        for part in parts { text += "--\(boundary)\r\n" + part }
        text += "--\(boundary)--\r\n"
        return Array(text.utf8)
    }

    @Test("fields and files are read; file bytes are kept exactly, line ends and all")
    func browserForm() throws {
        let content = "TY  - JOUR\r\nTI  - A\r\nER  - \r\n\r\n--XyNotTheBoundary"
        let body = Self.body([
            "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\ntok\r\n",
            "Content-Disposition: form-data; name=\"file\"; filename=\"my \\\"export\\\".ris\"\r\nContent-Type: application/x-research-info-systems\r\n\r\n\(content)\r\n",
            "Content-Disposition: form-data; name=\"origin\"\r\n\r\nother\r\n",
        ])
        let parsed = try MultipartForm.parse(body, boundary: "XyZ")
        #expect(parsed.fields.map(\.0) == ["_csrf", "origin"])
        #expect(parsed.fields.map(\.1) == ["tok", "other"])
        #expect(parsed.files.count == 1)
        let expectedName = "my \"export\".ris"
        #expect(parsed.files[0].fileName == expectedName)
        #expect(parsed.files[0].contentType == "application/x-research-info-systems")
        #expect(parsed.files[0].bytes == Array(content.utf8))
    }

    @Test("an empty file input (no file chosen) is no file")
    func emptyFileInput() throws {
        let body = Self.body(["Content-Disposition: form-data; name=\"file\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n"])
        #expect(try MultipartForm.parse(body, boundary: "XyZ").files.isEmpty)
    }

    @Test("the boundary is read from the content type; other types have none")
    func boundary() {
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=----WebKitFormBoundaryAbc") == "----WebKitFormBoundaryAbc")
        #expect(MultipartForm.boundary(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b\"") == "a b")
        #expect(MultipartForm.boundary(contentType: "application/x-www-form-urlencoded") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "a", count: 71)) == nil)
    }

    @Test("broken bodies are refused with a reason, never a crash")
    func hostile() {
        let cases: [[UInt8]] = [
            [],
            Array("no boundary at all".utf8),
            Array("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nnever closed".utf8),
            Array("--XyZ\r\nContent-Disposition: form-data; name=\"a\"".utf8),
            Array("--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--".utf8),
            Array("--XyZgarbage".utf8),
            // A text field that is not UTF-8.
            Array("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n".utf8) + [0xFF, 0xFE] + Array("\r\n--XyZ--".utf8),
        ]
        for body in cases {
            #expect(throws: MultipartForm.Failure.self) { _ = try MultipartForm.parse(body, boundary: "XyZ") }
        }
    }
}
