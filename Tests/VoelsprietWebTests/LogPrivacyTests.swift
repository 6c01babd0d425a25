import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOConcurrencyHelpers
import NIOCore
import Testing
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

@testable import VoelsprietWeb

/// Every log line the application writes, captured.
final class CapturedLog: Sendable {
    let lines = NIOLockedValueBox<[String]>([])

    struct Handler: LogHandler {
        let log: CapturedLog
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(
            level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String,
            function: String, line: UInt
        ) {
            let all = self.metadata.merging(metadata ?? [:]) { $1 }
            log.lines.withLockedValue { $0.append("\(level) [\(source)] \(message) \(all)") }
        }
    }

    var handler: @Sendable (String) -> any LogHandler { { _ in Handler(log: self) } }
    var text: String { lines.withLockedValue { $0.joined(separator: "\n") } }
}

/// Finding 2: with PostgreSQL and `--log-level debug` every INSERT was logged with its values.
/// Nothing a respondent or researcher typed, and no secret, may reach a log at any level, on
/// either database.
@Suite("No values in logs")
struct LogPrivacyTests {
    static func run(_ log: CapturedLog, _ body: @escaping @Sendable (any TestClientProtocol, ApplicationSetup) async throws -> Void)
        async throws
    {
        try await TestApp.run(
            testing: .live,
            configure: {
                $0.logLevel = .trace
                $0.logHandler = log.handler
            }, body)
    }

    @Test("at trace level: answers, contact details, receipts, passwords, names and session ids never appear")
    func nothingSensitive() async throws {
        let log = CapturedLog()
        let secrets = NIOLockedValueBox<[String]>([])
        try await Self.run(log) { client, setup in
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            // Accepted answers, with a marker in an open answer.
            var body = Bodies.professionalWithoutExperience
            body["sector.other"] = "SECRET-ANSWER-1"
            let accepted = try await client.execute(
                uri: "/api/v1/studies/quickscan/responses", method: .post, headers: headers, body: Bodies.json(body))
            #expect(accepted.status == .created)
            let receipt = try #require(try JSONSerialization.jsonObject(with: Data(buffer: accepted.body)) as? [String: String])["receipt"]!
            secrets.withLockedValue { $0.append(receipt) }
            // Rejected answers: a wrong value, an unknown key, malformed JSON, each with a marker.
            body["role"] = "SECRET-BAD-VALUE"
            body["SECRET-UNKNOWN-KEY"] = "x"
            _ = try await client.execute(uri: "/api/v1/studies/quickscan/responses", method: .post, headers: headers, body: Bodies.json(body))
            _ = try await client.execute(
                uri: "/api/v1/studies/quickscan/responses", method: .post, headers: headers,
                body: ByteBuffer(string: #"{"role": "SECRET-MALFORMED""#))
            // Withdrawal with the receipt.
            _ = try await client.execute(
                uri: "/api/v1/studies/quickscan/withdrawals", method: .post, headers: headers,
                body: ByteBuffer(string: #"{"receipt": "\#(receipt)"}"#))
            // The web form and contact details, enough to release a batch.
            var browser = Browser(client)
            let csrf = try #require(try await browser.get("/s/quickscan/contact").inputValue("_csrf"))
            for index in 0..<ContactRelease.batchSize {
                _ = try await browser.post(
                    "/s/quickscan/contact",
                    form: [("_csrf", csrf), ("name", "SECRET-NAME-\(index)"), ("email", "secret\(index)@example.org"), ("consent", "yes")])
            }
            _ = try await browser.post("/s/quickscan", form: [("_csrf", csrf), ("_action", "submit"), ("role", "SECRET-FORM-VALUE")])
            // Researchers: a wrong password for a real name, an unknown name, then a real log-in.
            var researcher = Browser(client)
            _ = try await ResearcherTests.login(&researcher, username: "admin", password: "SECRET-WRONG-PASSWORD")
            _ = try await ResearcherTests.login(&researcher, username: "SECRET-UNKNOWN-USER", password: "SECRET-PASSWORD-2")
            let loggedIn = try await ResearcherTests.login(&researcher)
            #expect(loggedIn.status == .seeOther)
            for (name, value) in researcher.cookies { secrets.withLockedValue { $0.append(value) }; _ = name }
            _ = try await researcher.get("/admin/studies/quickscan/report")
            _ = try await researcher.get("/admin/studies/quickscan/export/contacts.csv")
        }
        let text = log.text
        #expect(!text.isEmpty, "the capture works")
        for marker in ["SECRET-", "secret0@", TestApp.adminPassword] + secrets.withLockedValue({ $0 }) {
            #expect(!text.contains(marker), "'\(marker)' in the log:\n\(text.split(separator: "\n").filter { $0.contains(marker) }.prefix(3).joined(separator: "\n"))")
        }
        #expect(!text.contains("INSERT") && !text.contains("binds"), "no query text in the log")
    }

    @Test("a flood of rejected submissions writes one line a minute per kind, with a count")
    func rejectionsRateLimited() async throws {
        let log = CapturedLog()
        try await Self.run(log) { client, _ in
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            for _ in 0..<40 {
                let rejected = try await client.execute(
                    uri: "/api/v1/studies/quickscan/responses", method: .post, headers: headers, body: ByteBuffer(string: "{"))
                #expect(rejected.status == .badRequest)
            }
            // Aborted uploads (the client hangs up half-way) are rejections too, not server errors.
            let port = try #require(client.port)
            for _ in 0..<10 {
                let connection = try RawConnection(port: port)
                connection.send(
                    "POST /api/v1/studies/quickscan/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"role\":")
            }
            try await Task.sleep(for: .milliseconds(500))
            // An oversize log-in form is the client's fault: 413, no error line.
            var form = HTTPFields()
            form[.contentType] = "application/x-www-form-urlencoded"
            let big = try await client.execute(
                uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "username=" + String(repeating: "x", count: 70_000)))
            #expect(big.status == .contentTooLarge)
        }
        let lines = log.lines.withLockedValue { $0 }.filter { $0.contains("Rejected: POST /api/v1/studies/{slug}/responses 400") }
        #expect(lines.count == 1, "\(lines)")
        #expect(!log.text.contains("Unexpected"))

        let limiter = RejectionLog(interval: .seconds(60))
        let start = ContinuousClock.now
        #expect(limiter.note("x", now: start) == "Rejected: x")
        for second in 1..<60 { #expect(limiter.note("x", now: start + .seconds(second)) == nil) }
        #expect(limiter.note("y", now: start + .seconds(1)) == "Rejected: y")
        #expect(limiter.note("x", now: start + .seconds(61)) == "Rejected: x (and 59 more since the last line)")
    }
}
