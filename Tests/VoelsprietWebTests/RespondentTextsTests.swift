import Foundation
import HummingbirdTesting
import Testing
import VoelsprietDomain
import VoelsprietStorage

@testable import VoelsprietWeb

/// Issue 9, finding 3: every study showed the domestic-violence help lines and the interview offer,
/// a workload survey too, and only a CLI flag at creation changed the help links.
@Suite("Per-study texts for respondents")
struct RespondentTextsTests {
    /// A small questionnaire on another subject, in Dutch and English.
    static let workload = #"{"id":"werkdruk","languages":["nl","en"],"title":{"nl":"Werkdruk","en":"Workload"},"introduction":{"nl":"Over werkdruk.","en":"About workload."},"scales":{},"sections":[{"id":"s","title":{"nl":"Vragen","en":"Questions"},"items":[{"id":"busy","type":"yesno","required":true,"text":{"nl":"Druk?","en":"Busy?"}}]}]}"#

    static func sendWorkload(_ browser: inout Browser) async throws -> TestResponse {
        let intro = try await browser.get("/s/werkdruk")
        let csrf = try #require(intro.inputValue("_csrf"))
        let step = try await browser.post("/s/werkdruk", form: [("_csrf", csrf), ("_lang", "nl"), ("_action", "start")])
        let review = try await browser.post("/s/werkdruk", form: step.hiddenFields + [("busy", "yes"), ("_action", "next")])
        let sent = try await browser.post("/s/werkdruk", form: review.hiddenFields + [("_action", "submit")])
        return try await browser.get(try #require(sent.headers[.location]))
    }

    @Test("another questionnaire starts without the help lines and without the interview offer; the quickscan keeps both")
    func defaultsByInstrument() async throws {
        try await TestApp.run { client, setup in
            var lead = try await Workspace.browser(client, "admin", password: TestApp.adminPassword)
            let token = try await lead.token()
            let created = try await lead.post(
                "/admin/studies", form: [("_csrf", token), ("slug", "werkdruk"), ("title", "Werkdruk"), ("source", "json"), ("instrument", Self.workload)])
            #expect(created.status == .seeOther)
            var respondent = Browser(client)
            let intro = try await respondent.get("/s/werkdruk")
            #expect(!intro.text.contains("Veilig Thuis"))
            #expect(!intro.text.contains("0800-0113"))
            let thanks = try await Self.sendWorkload(&respondent)
            #expect(thanks.text.contains("receipt-code"))
            #expect(!thanks.text.contains("/s/werkdruk/contact"))
            #expect(try await respondent.get("/s/werkdruk/contact").status == .notFound)
            // The built-in quickscan keeps its subject's help lines and the offer.
            let quickscan = try await respondent.get("/s/quickscan")
            #expect(quickscan.text.contains("Veilig Thuis"))
            #expect(try await respondent.get("/s/quickscan/contact").status == .ok)
        }
    }

    @Test("the lead sets the introduction, the thank-you text, the help links and the offer per language; bad links are refused")
    func leadEditsTexts() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var lead = try await Workspace.browser(client, "leader")
            let token = try await lead.token()
            let form: [(String, String)] = [
                ("_csrf", token), ("introduction_nl", "Welkom bij onze studie."), ("introduction_en", "Welcome to our study."),
                ("thanks_nl", "Bedankt, echt!"), ("thanks_en", "Thanks, really!"),
                ("links_nl", "Huisarts | https://example.org/huisarts | bel je eigen huisarts"),
                ("links_en", "GP | https://example.org/huisarts | call your own GP"),
            ]
            let saved = try await lead.post("/admin/studies/quickscan/texts", form: form)
            #expect(saved.status == .seeOther)
            var respondent = Browser(client)
            let intro = try await respondent.get("/s/quickscan?lang=en")
            #expect(intro.text.contains("Welcome to our study."))
            #expect(intro.text.contains("https://example.org/huisarts"))
            #expect(!intro.text.contains("Veilig Thuis"))
            let fields = try await ExactlyOnceTests.reviewPage(&respondent)
            let sent = try await respondent.post("/s/quickscan", form: fields + [("_action", "submit")])
            let thanks = try await respondent.get(try #require(sent.headers[.location]))
            #expect(thanks.text.contains("Bedankt, echt!"))
            // The offer was not ticked: no contact form any more.
            #expect(!thanks.text.contains("/s/quickscan/contact"))
            #expect(try await respondent.get("/s/quickscan/contact").status == .notFound)
            // A javascript: address, and a link in one language only, are refused with a message.
            let script = try await lead.post(
                "/admin/studies/quickscan/texts",
                form: [("_csrf", token), ("links_nl", "X | javascript:alert(1)"), ("links_en", "X | javascript:alert(1)")])
            #expect(script.status == .unprocessableContent)
            #expect(script.text.contains("https://"))
            let uneven = try await lead.post("/admin/studies/quickscan/texts", form: [("_csrf", token), ("links_nl", "A | tel:112"), ("links_en", "")])
            #expect(uneven.status == .unprocessableContent)
            #expect(uneven.text.contains("nl: 1, en: 0"))
            // Nothing of the refused saves was stored; the trail has the one save.
            let study = try #require(try await setup.repositories.studies.find(slug: "quickscan"))
            #expect(study.helpLinks.count == 1)
            let trail = try await setup.repositories.audit.events(studySlug: "quickscan", limit: 20)
            #expect(trail.filter { $0.entry.action == .studySettingsChanged && $0.entry.detail.hasPrefix("respondent texts") }.count == 1)
            // An analyst may not change them.
            var ana = try await Workspace.browser(client, "ana")
            #expect(try await ana.get("/admin/studies/quickscan/texts").status == .forbidden)
        }
    }
}
