import Crypto
import Foundation
import Hummingbird
import VoelsprietDocument

/// The static files (stylesheets, scripts) from the `Assets` folder, read once. Each is served
/// under a content-hashed name (`/static/app.3f9c1a2b7d.css`) with a one-year immutable cache
/// lifetime, so a changed file gets a new address and browsers never use a stale copy; the
/// plain name answers too, briefly cached, for anything that kept an old address.
struct StaticAssets: Sendable {
    struct File: Sendable {
        let type: String
        let body: ByteBuffer
        let hashedName: String

        /// The file under its content-hashed name (`app.3f9c1a2b7d.css`).
        init(name: String, type: String, data: Data) {
            let digest = SHA256.hash(data: data).prefix(5).map { String(format: "%02x", $0) }.joined()
            let ext = (name as NSString).pathExtension
            self.type = type
            body = ByteBuffer(bytes: data)
            hashedName = "\((name as NSString).deletingPathExtension).\(digest).\(ext)"
        }
    }

    let files: [String: File]

    /// Loaded once per process, on first use.
    static let shared: StaticAssets = {
        do {
            return try load()
        } catch {
            fatalError("static assets missing from the bundle: \(error)")
        }
    }()

    static let types = [
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "svg": "image/svg+xml",
        "png": "image/png", "woff2": "font/woff2", "ico": "image/x-icon",
    ]

    static func load() throws -> StaticAssets {
        guard let directory = Bundle.module.url(forResource: "Assets", withExtension: nil) else {
            throw HTTPError(.internalServerError, message: "Assets missing from the bundle")
        }
        var files: [String: File] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
            let ext = (name as NSString).pathExtension
            guard let type = types[ext] else { continue }  // openapi.json is served by the API
            files[name] = File(name: name, type: type, data: try Data(contentsOf: directory.appendingPathComponent(name)))
        }
        // The study report's document styles come from the document writer itself, so that the
        // page and the downloaded HTML look the same.
        let css = "report-document.css"
        files[css] = File(name: css, type: types["css"] ?? "text/css", data: Data(HTMLDocumentWriter.stylesheet.utf8))
        return StaticAssets(files: files)
    }

    static func openAPIDocument() throws -> ByteBuffer {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Assets") else {
            throw HTTPError(.internalServerError, message: "openapi.json missing from the bundle")
        }
        return ByteBuffer(bytes: try Data(contentsOf: url))
    }

    /// The address of a file as pages should link it.
    func path(_ name: String) -> String {
        files[name].map { "/static/\($0.hashedName)" } ?? "/static/\(name)"
    }

    var paths: AssetPaths { AssetPaths(
            appCSS: path("app.css"), appJS: path("app.js"), respondentJS: path("respondent.js"), literatureJS: path("literature.js"),
            codingJS: path("coding.js"), codingCSS: path("coding.css")) }

    func addRoutes(to router: Router<AppRequestContext>) {
        for (name, file) in files {
            for (address, cache) in [(file.hashedName, "public, max-age=31536000, immutable"), (name, "public, max-age=300")] {
                router.get(RouterPath("/static/\(address)")) { _, _ in
                    var headers = HTTPFields()
                    headers[.contentType] = file.type
                    headers[.cacheControl] = cache
                    return Response(status: .ok, headers: headers, body: .init(byteBuffer: file.body))
                }
            }
        }
    }
}

/// The hashed addresses templates link to (`{{layout.assets.appCSS}}`).
struct AssetPaths: Sendable {
    let appCSS: String
    let appJS: String
    let respondentJS: String
    let literatureJS: String
    let codingJS: String
    let codingCSS: String
}
