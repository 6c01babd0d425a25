import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import VoelsprietWeb

/// Finding 8: anonymous intake had no rate limit, and a 30 KB body with 3,800 unknown keys
/// produced a 372 KB error response.
@Suite("Intake limits")
struct IntakeLimitTests {
    static func run(perMinute: Int, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        // A frozen clock: on a loaded machine a request can take longer than a refill (60/n s).
        let frozen = ContinuousClock.now
        try await TestApp.run(configure: {
            $0.intakePerMinute = perMinute
            $0.intakeClock = { frozen }
        }) { client, _ in try await body(client) }
    }

    static var json: HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return headers
    }

    @Test("a token bucket per study and kind: a burst of the minute's number, then one per 60/n seconds")
    func bucket() {
        let limit = IntakeRateLimit(perMinute: 10)
        let start = ContinuousClock.now
        for _ in 0..<10 { #expect(limit.admit("s", .response, now: start) == nil) }
        let wait = limit.admit("s", .response, now: start)
        #expect(wait == .seconds(6))
        #expect(limit.admit("s", .withdrawal, now: start) == nil, "another kind has its own bucket")
        #expect(limit.admit("t", .response, now: start) == nil, "another study has its own bucket")
        #expect(limit.admit("s", .response, now: start + .seconds(6)) == nil)
        #expect(limit.admit("s", .response, now: start + .seconds(7)) != nil)
        let off = IntakeRateLimit(perMinute: 0)
        for _ in 0..<1000 { #expect(off.admit("s", .response, now: start) == nil) }
    }

    @Test("over the limit the API answers 429 with Retry-After and stores nothing; the form keeps the answers")
    func overTheLimit() async throws {
        try await Self.run(perMinute: 3) { client in
            // Junk does not use up the allowance of real respondents (the review blocked every
            // real submission with four threads posting "{}").
            for _ in 0..<10 {
                let junk = try await client.execute(
                    uri: "/api/v1/studies/quickscan/responses", method: .post, headers: Self.json, body: ByteBuffer(string: "{}"))
                #expect(junk.status == .unprocessableContent)
            }
            for _ in 0..<3 {
                let stored = try await client.execute(
                    uri: "/api/v1/studies/quickscan/responses", method: .post, headers: Self.json,
                    body: Bodies.json(Bodies.professionalWithoutExperience))
                #expect(stored.status == .created)
            }
            let refused = try await client.execute(
                uri: "/api/v1/studies/quickscan/responses", method: .post, headers: Self.json, body: Bodies.json(Bodies.professionalWithoutExperience))
            #expect(refused.status == .tooManyRequests)
            #expect(Int(refused.headers[.retryAfter] ?? "") ?? 0 >= 1)
            #expect(String(buffer: refused.body).contains("rate-limited"))
            // The last page of the web form: the answers are still in the page to send again.
            var browser = Browser(client)
            let start = try await browser.get("/s/quickscan")
            let csrf = try #require(start.inputValue("_csrf"))
            var pairs: [(String, String)] = [("_csrf", csrf), ("_action", "submit")]
            for (key, value) in Bodies.professionalWithoutExperience {
                if let values = value as? [String] { pairs += values.map { (key, $0) } } else { pairs.append((key, "\(value)")) }
            }
            let busy = try await browser.post("/s/quickscan", form: pairs)
            #expect(busy.status == .tooManyRequests)
            #expect(busy.text.contains("druk"))
            #expect(busy.hiddenFields.contains { $0 == ("sector.other", "Huisartsenpost") })
        }
    }

    @Test("3,800 unknown keys: the first 50 errors and the count, not a 372 KB answer")
    func cappedProblem() async throws {
        try await Self.run(perMinute: 600) { client in
            var body = Bodies.professionalWithoutExperience
            for index in 0..<3_800 { body["k\(index)"] = "x" }
            let response = try await client.execute(
                uri: "/api/v1/studies/quickscan/responses", method: .post, headers: Self.json, body: Bodies.json(body))
            #expect(response.status == .unprocessableContent)
            #expect(response.body.readableBytes < 16_000)
            let problem = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            #expect((problem["errors"] as? [Any])?.count == 50)
            #expect(problem["error_count"] as? Int == 3_800)
        }
    }
}
