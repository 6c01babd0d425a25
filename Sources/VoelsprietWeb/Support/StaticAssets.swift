import Foundation
import Hummingbird

/// The few static files (stylesheet, script, OpenAPI document), read once at start-up.
struct StaticAssets: Sendable {
    let files: [String: (type: String, body: ByteBuffer)]

    static func load() throws -> StaticAssets {
        var files: [String: (String, ByteBuffer)] = [:]
        for (name, type) in [("app.css", "text/css; charset=utf-8"), ("app.js", "text/javascript; charset=utf-8")] {
            files[name] = (type, ByteBuffer(bytes: try resource(name)))
        }
        return StaticAssets(files: files)
    }

    static func openAPIDocument() throws -> ByteBuffer {
        ByteBuffer(bytes: try resource("openapi.json"))
    }

    static func resource(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "public") else {
            throw HTTPError(.internalServerError, message: "\(name) missing from the bundle")
        }
        return try Data(contentsOf: url)
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        for (name, file) in files {
            router.get("/static/\(name)") { _, _ in
                var headers = HTTPFields()
                headers[.contentType] = file.type
                headers[.cacheControl] = "public, max-age=3600"
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: file.body))
            }
        }
    }
}
