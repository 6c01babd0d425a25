import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import VoelsprietWeb

@Suite("One place for routes, limits and assets")
struct AppShapeTests {
    @Test("the API's route table and its OpenAPI document list the same operations")
    func apiRoutes() async throws {
        let document = try StaticAssets.openAPIDocument()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(buffer: document)) as? [String: Any])
        let paths = try #require(object["paths"] as? [String: [String: Any]])
        var documented = Set<String>()
        for (path, operations) in paths {
            for method in operations.keys where ["get", "post", "put", "delete", "patch"].contains(method) {
                documented.insert("\(method.uppercased()) \(path)")
            }
        }
        let expected = documented
        try await TestApp.run { _, setup in
            let configuration = TestApp.configuration(.sqlite(directory: "/nonexistent"))
            let (router, _) = try await buildRouterAndServices(repositories: setup.repositories, configuration: configuration)
            let registered = Set(
                router.routes.map { "\($0.method) \($0.path)" }.filter { $0.contains(" /api/v1/") })
            #expect(registered == expected)
        }
    }

    @Test("assets are served under content-hashed names with a long cache life, and pages link those names")
    func hashedAssets() async throws {
        try await TestApp.run { client, _ in
            let login = try await client.execute(uri: "/login", method: .get)
            let href = try #require(login.text.firstMatch(of: /href="(\/static\/app\.[0-9a-f]{10}\.css)"/)?.1)
            let css = try await client.execute(uri: String(href), method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.cacheControl] == "public, max-age=31536000, immutable")
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            let plain = try await client.execute(uri: "/static/app.css", method: .get)
            #expect(plain.body == css.body)
            #expect(plain.headers[.cacheControl] == "public, max-age=300")
        }
    }

    @Test("researcher pages answer errors with an HTML page; the API keeps problem+json")
    func errorPages() async throws {
        try await TestApp.run { client, _ in
            var admin = try await Workspace.browser(client, "admin", password: TestApp.adminPassword)
            let missing = try await admin.get("/admin/studies/no-such-study")
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType] == "text/html; charset=utf-8")
            #expect(missing.text.contains("Er is geen studie &#39;no-such-study&#39;."))
            let api = try await client.execute(uri: "/api/v1/studies/no-such-study/instrument", method: .get)
            #expect(api.status == .notFound)
            #expect(api.headers[.contentType] == "application/problem+json")
        }
    }
}
