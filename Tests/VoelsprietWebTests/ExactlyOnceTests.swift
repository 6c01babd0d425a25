import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import VoelsprietStorage

@testable import VoelsprietWeb

/// Answers are stored exactly once per filled-in questionnaire (issue 9, finding 1: reloading the
/// thank-you page or replaying the last POST stored the answers again, a new receipt each time).
/// Each way a browser can send the last page twice is tried, on whichever engine the suite runs on.
@Suite("Answers stored exactly once")
struct ExactlyOnceTests {
    /// Fills in the questionnaire up to its review page; returns the review page's fields.
    static func reviewPage(_ browser: inout Browser) async throws -> [(String, String)] {
        let intro = try await browser.get("/s/quickscan")
        let csrf = try #require(intro.inputValue("_csrf"))
        var page = try await browser.post("/s/quickscan", form: [("_csrf", csrf), ("_lang", "nl"), ("_action", "start")])
        for _ in 0..<60 {
            let items = page.itemIDs
            if items.isEmpty { break }
            var fields = page.hiddenFields
            for item in items {
                for (field, values) in RespondentFormTests.professional where field == item || field.hasPrefix(item + ".") {
                    for value in values { fields.append((field, value)) }
                }
            }
            page = try await browser.post("/s/quickscan", form: fields + [("_action", "next")])
        }
        #expect(page.text.contains("value=\"submit\""))
        let fields = page.hiddenFields
        #expect(fields.contains { $0.0 == "_submission" && $0.1.count == 26 })
        return fields
    }

    static func receipt(_ page: TestResponse) -> String? {
        guard let range = page.text.range(of: "id=\"receipt-code\"[^>]*>[0-9A-Z-]{19}<", options: .regularExpression) else { return nil }
        return String(page.text[range].suffix(20).prefix(19))
    }

    static func count(_ setup: ApplicationSetup) async throws -> Int {
        try await setup.repositories.responses.count(studySlug: "quickscan")
    }

    @Test("a withdrawal leaves a tombstone: replaying the last page afterwards stores nothing")
    func withdrawThenReplay() async throws {
        try await TestApp.run { client, setup in
            var browser = Browser(client)
            let fields = try await Self.reviewPage(&browser)
            let sent = try await browser.post("/s/quickscan", form: fields + [("_action", "submit")])
            let thanks = try await browser.get(try #require(sent.headers[.location]))
            let receipt = try #require(Self.receipt(thanks))
            #expect(try await Self.count(setup) == 1)
            let withdraw = try await browser.get("/s/quickscan/withdraw")
            let csrf = try #require(withdraw.inputValue("_csrf"))
            let done = try await browser.post("/s/quickscan/withdraw", form: [("_csrf", csrf), ("receipt", receipt)])
            #expect(done.status == .ok)
            #expect(try await Self.count(setup) == 0)
            // The same last page sent again (back, send; or a replayed request).
            let replay = try await browser.post("/s/quickscan", form: fields + [("_action", "submit")])
            #expect(replay.status == .seeOther)
            #expect(try await Self.count(setup) == 0)
            // Only the hash is kept, and only for a receipt that held answers.
            let rows = try await setup.client.sql.raw("SELECT * FROM withdrawn_receipts").all()
            #expect(rows.count == 1)
            #expect(Set(rows.first?.allColumns ?? []) == ["receipt_hash", "study_slug"])
            _ = try await browser.post("/s/quickscan/withdraw", form: [("_csrf", csrf), ("receipt", "ABCD-EFGH-JKMN-PQRS")])
            #expect(try await setup.client.sql.raw("SELECT * FROM withdrawn_receipts").all().count == 1)
        }
    }

    @Test("sending redirects to the thank-you page; reloading it shows the same receipt and stores nothing")
    func reload() async throws {
        try await TestApp.run { client, setup in
            var browser = Browser(client)
            let fields = try await Self.reviewPage(&browser)
            let sent = try await browser.post("/s/quickscan", form: fields + [("_action", "submit")])
            #expect(sent.status == .seeOther)
            let location = try #require(sent.headers[.location])
            #expect(location == "/s/quickscan/thanks?lang=nl")
            let first = try await browser.get(location)
            let second = try await browser.get(location)
            let receipt = try #require(Self.receipt(first))
            #expect(Self.receipt(second) == receipt)
            #expect(first.headers[.cacheControl] == "no-store")
            #expect(try await Self.count(setup) == 1)
            // Another browser (no receipt cookie) sees no receipt on the same address.
            var other = Browser(client)
            let stranger = try await other.get(location)
            #expect(stranger.status == .notFound)
            #expect(Self.receipt(stranger) == nil)
        }
    }

    @Test("replaying the last POST, and going back and sending again, give the same receipt and no second row")
    func replayAndBack() async throws {
        try await TestApp.run { client, setup in
            var browser = Browser(client)
            let fields = try await Self.reviewPage(&browser)
            let sent = try await browser.post("/s/quickscan", form: fields + [("_action", "submit")])
            let location = try #require(sent.headers[.location])
            let thanks = try await browser.get(location)
            let receipt = try #require(Self.receipt(thanks))
            // A replay: the same request again, in a fresh browser session (no receipt cookie).
            var replayer = Browser(client)
            replayer.cookies = browser.cookies.filter { $0.key != RespondentController.receiptCookie }
            let replayed = try await replayer.post("/s/quickscan", form: fields + [("_action", "submit")])
            #expect(replayed.status == .seeOther)
            #expect(Self.receipt(try await replayer.get(try #require(replayed.headers[.location]))) == receipt)
            // Back from the review page to the last step, on again, and send.
            let back = try await browser.post("/s/quickscan", form: fields + [("_action", "back")])
            let review = try await browser.post("/s/quickscan", form: back.hiddenFields + back.shownAnswers + [("_action", "next")])
            #expect(review.text.contains("value=\"submit\""))
            let again = try await browser.post("/s/quickscan", form: review.hiddenFields + [("_action", "submit")])
            #expect(Self.receipt(try await browser.get(try #require(again.headers[.location]))) == receipt)
            #expect(try await Self.count(setup) == 1)
        }
    }

    @Test("a double click: two concurrent sends of the same page store one row and give one receipt")
    func doubleClick() async throws {
        try await TestApp.run { client, setup in
            var browser = Browser(client)
            let fields = try await Self.reviewPage(&browser)
            let cookies = browser.cookies
            let locations = try await withThrowingTaskGroup(of: String?.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        var clicker = Browser(client)
                        clicker.cookies = cookies
                        let sent = try await clicker.post("/s/quickscan", form: fields + [("_action", "submit")])
                        guard sent.status == .seeOther else { return nil }
                        return Self.receipt(try await clicker.get(sent.headers[.location] ?? ""))
                    }
                }
                var receipts: [String?] = []
                for try await receipt in group { receipts.append(receipt) }
                return receipts
            }
            #expect(locations.count == 8)
            #expect(Set(locations.compactMap { $0 }).count == 1)
            #expect(locations.allSatisfy { $0 != nil })
            #expect(try await Self.count(setup) == 1)
        }
    }

    @Test("two respondents filling in at once get their own rows; a forged token is ignored, not trusted")
    func separateQuestionnaires() async throws {
        try await TestApp.run { client, setup in
            var first = Browser(client)
            var second = Browser(client)
            let a = try await Self.reviewPage(&first)
            let b = try await Self.reviewPage(&second)
            let tokenA = a.first { $0.0 == "_submission" }?.1
            #expect(tokenA != b.first { $0.0 == "_submission" }?.1)
            _ = try await first.post("/s/quickscan", form: a + [("_action", "submit")])
            _ = try await second.post("/s/quickscan", form: b + [("_action", "submit")])
            #expect(try await Self.count(setup) == 2)
            // A malformed token is replaced by a fresh one: a new row, not an error and not a match.
            let forged = a.map { $0.0 == "_submission" ? ($0.0, "x' OR 1=1 --") : $0 }
            let sent = try await first.post("/s/quickscan", form: forged + [("_action", "submit")])
            #expect(sent.status == .seeOther)
            #expect(try await Self.count(setup) == 3)
        }
    }

    @Test("the API: the same Idempotency-Key gives the same receipt with 200 and no second row; a bad key is refused")
    func idempotencyKey() async throws {
        try await TestApp.run { client, setup in
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            headers[HTTPField.Name("Idempotency-Key")!] = "c0ffee00-1234-4abc-8def-000000000001"
            let body = Bodies.json(Bodies.professionalWithoutExperience)
            let first = try await client.execute(uri: "/api/v1/studies/quickscan/responses", method: .post, headers: headers, body: body)
            let second = try await client.execute(uri: "/api/v1/studies/quickscan/responses", method: .post, headers: headers, body: body)
            #expect(first.status == .created)
            #expect(second.status == .ok)
            #expect(String(buffer: first.body) == String(buffer: second.body))
            #expect(try await Self.count(setup) == 1)
            headers[HTTPField.Name("Idempotency-Key")!] = "short"
            let bad = try await client.execute(uri: "/api/v1/studies/quickscan/responses", method: .post, headers: headers, body: body)
            #expect(bad.status == .unprocessableContent)
            #expect(String(buffer: bad.body).contains("Idempotency-Key"))
            #expect(try await Self.count(setup) == 1)
        }
    }
}
