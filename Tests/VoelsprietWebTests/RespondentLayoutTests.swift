import Foundation
import HummingbirdTesting
import Testing

@testable import VoelsprietWeb

/// Issue 9, finding 7: the language could be switched on the introduction only, and "Stap 7"
/// never said of how many.
@Suite("Respondent steps: progress and language")
struct RespondentLayoutTests {
    @Test("every step says 'step n of about m' for the respondent's own branch, with a bar")
    func progress() async throws {
        try await TestApp.run { client, _ in
            var browser = Browser(client)
            let intro = try await browser.get("/s/quickscan")
            let csrf = try #require(intro.inputValue("_csrf"))
            let first = try await browser.post("/s/quickscan", form: [("_csrf", csrf), ("_lang", "nl"), ("_action", "start")])
            #expect(first.text.contains("Stap 1 van ongeveer"))
            #expect(first.text.contains("<progress class=\"progress-bar\" max=\"100\" value=\"0\""))
            // A professional's branch is known once the role is: the estimate follows it.
            let second = try await browser.post("/s/quickscan", form: first.hiddenFields + [("role", "professional"), ("_action", "next")])
            let secondTotal = try #require(Self.total(second))
            #expect(second.text.contains("Stap 2 van ongeveer \(secondTotal)"))
            #expect(secondTotal >= 2)
        }
    }

    static func total(_ page: TestResponse) -> Int? {
        guard let range = page.text.range(of: "van ongeveer [0-9]+", options: .regularExpression) else { return nil }
        return Int(page.text[range].split(separator: " ").last ?? "")
    }

    @Test("the language switch on a step keeps what was typed and shows the same step in the other language")
    func switchOnStep() async throws {
        try await TestApp.run { client, _ in
            var browser = Browser(client)
            let intro = try await browser.get("/s/quickscan")
            let csrf = try #require(intro.inputValue("_csrf"))
            let first = try await browser.post("/s/quickscan", form: [("_csrf", csrf), ("_lang", "nl"), ("_action", "start")])
            let second = try await browser.post("/s/quickscan", form: first.hiddenFields + [("role", "professional"), ("_action", "next")])
            let items = second.itemIDs
            #expect(items.contains("sector"))
            #expect(second.text.contains("value=\"language\""))
            // Ticked, not yet sent on: switch.
            let switched = try await browser.post(
                "/s/quickscan", form: second.hiddenFields + [("sector", "social_work"), ("sector", "other"), ("sector.other", "Huisartsenpost"), ("_action", "language")])
            #expect(switched.status == .ok)
            #expect(switched.itemIDs == items)
            #expect(switched.inputValue("_lang") == "en")
            #expect(switched.text.contains("<html lang=\"en\""))
            #expect(switched.text.contains("Step 2 of about"))
            #expect(switched.shownAnswers.contains { $0 == ("sector", "social_work") })
            #expect(switched.text.contains("value=\"Huisartsenpost\""))
            // And on: the answers carried as before.
            let third = try await browser.post("/s/quickscan", form: switched.hiddenFields + switched.shownAnswers + [("_action", "next")])
            #expect(third.status == .ok)
            #expect(third.hiddenFields.contains { $0 == ("sector", "social_work") })
        }
    }
}
