import Foundation
import Hummingbird
import Mustache
import VoelsprietAnalysis

/// Renders Mustache templates into HTML responses. Each feature keeps its templates in its own
/// `Templates` folder; the package flattens them into the bundle (names are unique across
/// features), and the shared `layout` and `study_nav` partials sit beside them.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    /// Loads every template once, at start-up.
    static func load() async throws -> PageRenderer {
        guard let directory = Bundle.module.url(forResource: "layout", withExtension: "mustache")?.deletingLastPathComponent().path
        else {
            throw HTTPError(.internalServerError, message: "templates missing from the bundle")
        }
        MustacheContentTypes.register(ScalarHTMLContentType(), named: ScalarHTMLContentType.name)
        var templates: [String: MustacheTemplate] = [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".mustache") }
        for file in files {
            let text = try String(contentsOfFile: (directory as NSString).appendingPathComponent(file), encoding: .utf8)
            // Every template and partial escapes by scalar: the library resets the content type
            // for each partial, so each one declares it.
            templates[String(file.dropLast(".mustache".count))] = try MustacheTemplate(
                string: "{{% CONTENT_TYPE: \(ScalarHTMLContentType.name)}}" + text)
        }
        return PageRenderer(library: MustacheLibrary(templates: templates))
    }

    /// The HTML of `template` for `page`.
    func html(_ template: String, _ page: Page) -> String {
        library.render(page, withTemplate: template) ?? "<!DOCTYPE html><title>Error</title><p>Template \(template) missing.</p>"
    }

    /// An HTML response; answers and pages are never cached anywhere.
    func response(
        _ template: String, _ page: Page, status: HTTPResponse.Status = .ok, cookies: [Cookie] = []
    ) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        for cookie in cookies { headers[values: .setCookie].append(cookie.description) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html(template, page))))
    }
}

/// The library's HTML escaping works per `Character`; this one per Unicode scalar (see `MarkupEscape`).
struct ScalarHTMLContentType: MustacheContentType {
    static let name = "HTML_SCALAR"
    func escapeText(_ text: String) -> String { MarkupEscape.html(text) }
}
