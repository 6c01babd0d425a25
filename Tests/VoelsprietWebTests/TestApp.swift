import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import VoelsprietServices
import VoelsprietStorage
import VoelsprietTestSupport
import VoelsprietWeb

/// Owns one application for one test: a fresh database (a temporary SQLite folder, or a new
/// PostgreSQL database when `DATABASE_URL` is set), the app built by the production factory,
/// and clean-up afterwards.
enum TestApp {
    static let adminPassword = "correct horse battery staple"

    /// A fresh, empty database configuration, and how to remove it afterwards.
    static func freshDatabase() async throws -> (DatabaseConfiguration, @Sendable () async -> Void) {
        try await TestDatabase.fresh()
    }

    static func configuration(
        _ database: DatabaseConfiguration, demo: Bool = true, demoResponses: Bool = false, contactSeal: ContactSeal = .ephemeral()
    ) -> AppConfiguration {
        AppConfiguration(
            host: "127.0.0.1", port: 0, database: database, bcryptCost: 4, demo: demo, demoResponses: demoResponses,
            initialAdminPassword: adminPassword,
            logLevel: .warning, contactSeal: contactSeal, announce: { _ in })
    }

    /// Runs `body` against a new app on a new database.
    static func run(
        demo: Bool = true, demoResponses: Bool = false,
        _ body: @escaping @Sendable (any TestClientProtocol, ApplicationSetup) async throws -> Void
    ) async throws {
        let (database, cleanUp) = try await freshDatabase()
        do {
            try await run(database: database, demo: demo, demoResponses: demoResponses, body)
        } catch {
            await cleanUp()
            throw error
        }
        await cleanUp()
    }

    /// Runs `body` against a new app on a new database with settings changed by `configure`
    /// (limits, log capture), through the router or a live server (`testing: .live`).
    static func run(
        testing: TestingSetup = .router, demo: Bool = true, configure: (inout AppConfiguration) -> Void,
        _ body: @escaping @Sendable (any TestClientProtocol, ApplicationSetup) async throws -> Void
    ) async throws {
        let (database, cleanUp) = try await freshDatabase()
        var settings = configuration(database, demo: demo)
        configure(&settings)
        do {
            let (app, setup) = try await buildApplicationWithSetup(settings)
            try await app.test(testing) { client in try await body(client, setup) }
        } catch {
            await cleanUp()
            throw error
        }
        await cleanUp()
    }

    /// Runs `body` against a new app on an existing database (to test restarts).
    static func run(
        database: DatabaseConfiguration, demo: Bool = true, demoResponses: Bool = false, contactSeal: ContactSeal = .ephemeral(),
        _ body: @escaping @Sendable (any TestClientProtocol, ApplicationSetup) async throws -> Void
    ) async throws {
        let (app, setup) = try await buildApplicationWithSetup(
            configuration(database, demo: demo, demoResponses: demoResponses, contactSeal: contactSeal))
        try await app.test(.router) { client in
            try await body(client, setup)
        }
    }
}

/// A cookie jar and form helpers on top of the test client.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    mutating func remember(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            cookies[String(pair[0])] = String(pair[1])
        }
    }

    var cookieHeader: HTTPFields {
        var headers = HTTPFields()
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")
        }
        return headers
    }

    mutating func get(_ uri: String) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: cookieHeader, body: nil)
        remember(response)
        return response
    }

    mutating func post(_ uri: String, form pairs: [(String, String)]) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = pairs.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The value of the first `<input … name="name" value="…">` in an HTML page.
    func inputValue(_ name: String) -> String? {
        let html = text
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// Every `data-item` id on the page, in order.
    var itemIDs: [String] {
        text.components(separatedBy: "data-item=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    /// What the step's own inputs show as answered (checked options, filled-in text fields), as a
    /// browser would post them back.
    var shownAnswers: [(String, String)] {
        let pattern = "<input type=\"(radio|checkbox|text|number|date)\" name=\"([^\"]+)\" value=\"([^\"]*)\"[^>]*>"
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let html = text
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            guard let whole = Range(match.range, in: html), let type = Range(match.range(at: 1), in: html),
                let name = Range(match.range(at: 2), in: html), let value = Range(match.range(at: 3), in: html)
            else { return nil }
            let kind = html[type]
            if kind == "radio" || kind == "checkbox" {
                guard html[whole].contains(" checked") else { return nil }
            } else if html[value].isEmpty {
                return nil
            }
            return (String(html[name]), String(html[value]).htmlDecoded)
        }
    }

    /// Hidden fields as (name, value) pairs, HTML entities decoded.
    var hiddenFields: [(String, String)] {
        text.components(separatedBy: "<input type=\"hidden\" name=\"").dropFirst().compactMap { chunk in
            let parts = chunk.components(separatedBy: "\" value=\"")
            guard parts.count >= 2, let end = parts[1].firstIndex(of: "\"") else { return nil }
            return (parts[0], String(parts[1][..<end]).htmlDecoded)
        }
    }
}

extension String {
    var htmlDecoded: String {
        self.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
