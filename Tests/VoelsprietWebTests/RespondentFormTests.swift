import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOConcurrencyHelpers
import Testing
import VoelsprietStorage
import VoelsprietWorkspace

@testable import VoelsprietWeb

@Suite("Respondent pages")
struct RespondentFormTests {
    /// Walks the form as a browser would: answers each shown item from `answers`, clicks next.
    /// Returns the items seen and the final page.
    static func walk(
        _ browser: inout Browser, answers: [String: [String]], language: String = "nl"
    ) async throws -> (seen: [String], final: TestResponse) {
        let intro = try await browser.get("/s/quickscan?lang=\(language)")
        #expect(intro.status == .ok)
        let csrf = try #require(intro.inputValue("_csrf"))
        var page = try await browser.post("/s/quickscan", form: [("_csrf", csrf), ("_lang", language), ("_action", "start")])
        var seen: [String] = []
        for _ in 0..<60 {
            let items = page.itemIDs
            if items.isEmpty { break }
            seen += items
            var fields = page.hiddenFields
            for item in items {
                for (field, values) in answers where field == item || field.hasPrefix(item + ".") {
                    for value in values { fields.append((field, value)) }
                }
            }
            fields.append(("_action", "next"))
            page = try await browser.post("/s/quickscan", form: fields)
            #expect(page.status == .ok, "step after \(items) failed: \(page.text.prefix(300))")
        }
        // The review page: send.
        #expect(page.text.contains("value=\"submit\""))
        let sent = try await browser.post("/s/quickscan", form: page.hiddenFields + [("_action", "submit")])
        // Sending answers with a redirect to the thank-you page (POST-redirect-GET).
        #expect(sent.status == .seeOther)
        let final = try await browser.get(try #require(sent.headers[.location]))
        return (seen, final)
    }

    static let professional: [String: [String]] = [
        "role": ["professional"], "sector": ["social_work", "local_teams"], "experience": ["no"], "knows_others": ["no"],
        "sharing_desirability": ["sometimes"], "learn_from_colleagues": ["4"], "skill_inner_world": ["5"],
    ]

    static let student: [String: [String]] = [
        "role": ["student"], "institution": ["hogeschool_rotterdam"], "experience": ["current"],
        "experience_forms": ["partner_violence"], "shares_with": ["fellow_students", "other"], "shares_with.other": ["mijn tante"],
        "wish_to_learn": ["not_yet_want_to"], "learn_what": ["Grenzen bewaken <b>zonder</b> afstand"],
        "programme_covers_topic": ["5"], "precondition_safe_internship": ["5"],
    ]

    @Test("a professional without experience sees only their branch and gets a receipt")
    func professionalBranch() async throws {
        try await TestApp.run { client, setup in
            var browser = Browser(client)
            let (seen, final) = try await Self.walk(&browser, answers: Self.professional)
            #expect(seen.first == "role")
            #expect(seen.contains("sector"))
            for hidden in ["institution", "study_mode", "experience_forms", "shares_with", "wish_to_learn", "programme_covers_topic", "precondition_safe_internship"] {
                #expect(!seen.contains(hidden), "\(hidden) must stay hidden")
            }
            #expect(seen.contains("precondition_learned"))
            #expect(final.status == .ok)
            let receipt = try #require(final.text.range(of: "id=\"receipt-code\"[^>]*>([0-9A-Z-]{19})<", options: .regularExpression))
            #expect(!receipt.isEmpty)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 1)
        }
    }

    @Test("a student with experience sees the experience and programme items, answers arrive intact")
    func studentBranch() async throws {
        try await TestApp.run { client, setup in
            var browser = Browser(client)
            let (seen, final) = try await Self.walk(&browser, answers: Self.student, language: "en")
            for item in ["institution", "experience_forms", "shares_with", "wish_to_learn", "learn_what", "programme_covers_topic", "precondition_safe_internship"] {
                #expect(seen.contains(item), "\(item) must be shown")
            }
            #expect(!seen.contains("sector"))
            #expect(final.text.contains("Thank you"))
            let study = try #require(try await setup.repositories.studies.find(slug: "quickscan"))
            let csv = try await StudyExporter(repositories: setup.repositories).answersCSV(study)
            #expect(csv.contains("Grenzen bewaken <b>zonder</b> afstand"))
            #expect(csv.contains("mijn tante"))
            let lines = csv.split(separator: "\r\n")
            #expect(lines.count == 2)
            // Only the date is stored, no time of day; and the language the questionnaire was filled in.
            #expect(lines[1].range(of: ",\\d{4}-\\d{2}-\\d{2},en,student,", options: .regularExpression) != nil)
        }
    }

    @Test("a missing required answer is shown next to the item, and typed answers are kept")
    func validationErrors() async throws {
        try await TestApp.run { client, setup in
            var browser = Browser(client)
            let intro = try await browser.get("/s/quickscan")
            let csrf = try #require(intro.inputValue("_csrf"))
            let first = try await browser.post("/s/quickscan", form: [("_csrf", csrf), ("_lang", "nl"), ("_action", "start")])
            let afterRole = try await browser.post("/s/quickscan", form: first.hiddenFields + [("role", "professional"), ("_action", "next")])
            let experiencePage = try await browser.post("/s/quickscan", form: afterRole.hiddenFields + [("sector", "mee"), ("_action", "next")])
            // The forms of experience depend on the answer on this page, so the step ends here.
            #expect(experiencePage.itemIDs == ["experience"])
            let invalid = try await browser.post(
                "/s/quickscan", form: experiencePage.hiddenFields + [("experience", "sometimes"), ("_action", "next")])
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains("class=\"error\" id=\"experience--error\""))
            #expect(invalid.text.contains("geen van de antwoordmogelijkheden"))
            #expect(invalid.itemIDs == ["experience"])
            let missing = try await browser.post("/s/quickscan", form: experiencePage.hiddenFields + [("_action", "next")])
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains("Beantwoord deze vraag"))
            let knows = try await browser.post(
                "/s/quickscan", form: experiencePage.hiddenFields + [("experience", "no"), ("_action", "next")])
            #expect(knows.itemIDs == ["knows_others"])
            let views = try await browser.post("/s/quickscan", form: knows.hiddenFields + [("knows_others", "yes"), ("_action", "next")])
            #expect(views.itemIDs == ["sharing_desirability", "sharing_desirability_explanation", "learn_from_colleagues"])
            // What was typed is kept when the page comes back with an error.
            let rejected = try await browser.post(
                "/s/quickscan",
                form: views.hiddenFields + [
                    ("sharing_desirability", "often"), ("sharing_desirability_explanation", "Mijn uitleg & \"meer\""),
                    ("learn_from_colleagues", "9"), ("_action", "next"),
                ])
            #expect(rejected.status == .unprocessableContent)
            #expect(rejected.text.contains("id=\"learn_from_colleagues--error\""))
            #expect(rejected.text.contains("Mijn uitleg &amp; &quot;meer&quot;</textarea>"))
            #expect(rejected.text.contains("id=\"sharing_desirability--often\" checked"))
            #expect(rejected.hiddenFields.contains { $0 == ("knows_others", "yes") })
            // Earlier answers still travel along.
            #expect(invalid.hiddenFields.contains { $0 == ("sector", "mee") })
            #expect(rejected.hiddenFields.contains { $0 == ("sector", "mee") })
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 0)
        }
    }

    @Test("going back and changing the role drops answers that no longer apply")
    func backAndChange() async throws {
        try await TestApp.run { client, setup in
            var browser = Browser(client)
            let intro = try await browser.get("/s/quickscan")
            let csrf = try #require(intro.inputValue("_csrf"))
            let first = try await browser.post("/s/quickscan", form: [("_csrf", csrf), ("_lang", "nl"), ("_action", "start")])
            let sector = try await browser.post("/s/quickscan", form: first.hiddenFields + [("role", "professional"), ("_action", "next")])
            let experience = try await browser.post("/s/quickscan", form: sector.hiddenFields + [("sector", "mee"), ("_action", "next")])
            let back1 = try await browser.post("/s/quickscan", form: experience.hiddenFields + [("_action", "back")])
            #expect(back1.itemIDs == ["sector"])
            #expect(back1.text.contains("id=\"sector--mee\" checked"))
            let back2 = try await browser.post("/s/quickscan", form: back1.hiddenFields + [("sector", "mee"), ("_action", "back")])
            #expect(back2.itemIDs == ["role"])
            let student = try await browser.post("/s/quickscan", form: back2.hiddenFields.filter { $0.0 != "role" } + [("role", "student"), ("_action", "next")])
            #expect(student.itemIDs == ["institution", "study_mode", "study_year"])
            #expect(!student.hiddenFields.contains { $0.0 == "sector" })
        }
    }

    @Test("forms without the CSRF token are refused and store nothing")
    func csrf() async throws {
        try await TestApp.run { client, setup in
            var browser = Browser(client)
            _ = try await browser.get("/s/quickscan")
            let forged = try await browser.post("/s/quickscan", form: [("_csrf", "forged"), ("_action", "submit"), ("role", "student")])
            #expect(forged.status == .forbidden)
            var stranger = Browser(client)
            let noCookie = try await stranger.post("/s/quickscan", form: [("_action", "start")])
            #expect(noCookie.status == .forbidden)
            // Finding 8: any 43 characters in the cookie passed, if the form carried the same.
            // The token must be one the server signed.
            var planted = Browser(client)
            let chosen = String(repeating: "A", count: 43)
            planted.cookies[CSRFProtection.cookieName] = chosen
            let refused = try await planted.post("/s/quickscan", form: [("_csrf", chosen), ("_action", "start")])
            #expect(refused.status == .forbidden)
            let page = try await planted.get("/s/quickscan")
            let issued = try #require(page.inputValue("_csrf"))
            #expect(issued != chosen, "a planted cookie is replaced, not adopted")
            #expect(try await planted.post("/s/quickscan", form: [("_csrf", issued), ("_action", "start")]).status == .ok)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 0)
        }
    }

    @Test("a form token stays valid across a restart (the signing key is kept in the database)")
    func csrfAcrossRestart() async throws {
        let (database, cleanUp) = try await TestApp.freshDatabase()
        defer { Task { await cleanUp() } }
        let saved = NIOLockedValueBox<(String, String)>(("", ""))
        try await TestApp.run(database: database) { client, _ in
            var browser = Browser(client)
            let token = try #require(try await browser.get("/s/quickscan").inputValue("_csrf"))
            saved.withLockedValue { $0 = (token, browser.cookies[CSRFProtection.cookieName] ?? "") }
        }
        try await TestApp.run(database: database) { client, _ in
            var browser = Browser(client)
            let (token, cookie) = saved.withLockedValue { $0 }
            browser.cookies[CSRFProtection.cookieName] = cookie
            let started = try await browser.post("/s/quickscan", form: [("_csrf", token), ("_action", "start")])
            #expect(started.status == .ok)
        }
    }

    @Test("English is one click away; pages carry the privacy headers")
    func languageAndHeaders() async throws {
        try await TestApp.run { client, _ in
            var browser = Browser(client)
            let dutch = try await browser.get("/s/quickscan")
            #expect(dutch.text.contains("<html lang=\"nl\">"))
            #expect(dutch.text.contains("href=\"/s/quickscan?lang=en\""))
            #expect(dutch.text.contains("onveilige thuissituatie"))
            let english = try await browser.get("/s/quickscan?lang=en")
            #expect(english.text.contains("<html lang=\"en\">"))
            #expect(english.text.contains("unsafe home"))
            #expect(english.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(english.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            #expect(english.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            #expect(!english.text.contains("http://") && !english.text.contains("https://fonts"))
            let cookie = try #require(dutch.headers[values: .setCookie].first)
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            #expect(try await browser.get("/s/nope").status == .notFound)
        }
    }

    @Test("a closed study says so with 410, but withdrawal still works")
    func closedStudy() async throws {
        try await TestApp.run { client, setup in
            let submitted = try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience))
            let receipt = try #require(try JSONSerialization.jsonObject(with: Data(buffer: submitted.body)) as? [String: String])["receipt"]!
            try await setup.repositories.studies.setStatus(slug: "quickscan", status: .closed)
            try await Task.sleep(for: .milliseconds(2100))
            var browser = Browser(client)
            let closed = try await browser.get("/s/quickscan")
            #expect(closed.status == .gone)
            let form = try await browser.get("/s/quickscan/withdraw")
            let csrf = try #require(form.inputValue("_csrf"))
            let wrong = try await browser.post("/s/quickscan/withdraw", form: [("_csrf", csrf), ("receipt", "ZZZZ-ZZZZ-ZZZZ-ZZZZ")])
            #expect(wrong.status == .notFound)
            let invalid = try await browser.post("/s/quickscan/withdraw", form: [("_csrf", csrf), ("receipt", "hello")])
            #expect(invalid.status == .unprocessableContent)
            let done = try await browser.post("/s/quickscan/withdraw", form: [("_csrf", csrf), ("receipt", receipt.lowercased())])
            #expect(done.status == .ok)
            #expect(done.text.contains("verwijderd"))
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 0)
        }
    }

    @Test("contact details need consent, are stored apart and carry no date")
    func contactDetails() async throws {
        try await TestApp.run { client, setup in
            var browser = Browser(client)
            let form = try await browser.get("/s/quickscan/contact")
            let csrf = try #require(form.inputValue("_csrf"))
            let noConsent = try await browser.post(
                "/s/quickscan/contact", form: [("_csrf", csrf), ("name", "Sam"), ("email", "sam@example.org")])
            #expect(noConsent.status == .unprocessableContent)
            #expect(noConsent.text.contains("value=\"sam@example.org\""))
            let noReach = try await browser.post("/s/quickscan/contact", form: [("_csrf", csrf), ("name", "Sam"), ("consent", "yes")])
            #expect(noReach.status == .unprocessableContent)
            let ok = try await browser.post(
                "/s/quickscan/contact", form: [("_csrf", csrf), ("name", "Sam"), ("phone", "0612345678"), ("consent", "yes")])
            #expect(ok.status == .ok)
            // It waits sealed until a batch is full (ContactLinkingTests plays the attacker).
            #expect(try await setup.repositories.contacts.all(studySlug: "quickscan").isEmpty)
            let waiting = try await setup.repositories.contacts.pending(studySlug: "quickscan")
            #expect(waiting.count == 1)
            #expect(!waiting[0].sealed.contains("0612345678"))
            for _ in 0..<ContactRelease.batchSize {
                #expect(try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience)).status == .created)
            }
            for index in 1..<ContactRelease.batchSize {
                let next = try await browser.post(
                    "/s/quickscan/contact", form: [("_csrf", csrf), ("name", "P\(index)"), ("email", "p\(index)@example.org"), ("consent", "yes")])
                #expect(next.status == .ok)
            }
            let contacts = try await setup.repositories.contacts.all(studySlug: "quickscan")
            #expect(contacts.count == ContactRelease.batchSize)
            #expect(contacts.contains { $0.phone == "0612345678" && $0.name == "Sam" })
            // The stored consent is the same whatever the respondent's language.
            #expect(Set(contacts.map(\.consent)).count == 1)
            #expect(try await setup.repositories.contacts.pendingCount(studySlug: "quickscan") == 0)
            // No column of the contacts table can be matched to a response.
            let columns = try await setup.client.sql.raw("SELECT * FROM contacts").all().first?.allColumns ?? []
            #expect(Set(columns) == ["id", "study_slug", "name", "email", "phone", "note", "consent"])
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == ContactRelease.batchSize)
        }
    }

    @Test("a quote followed by a combining accent cannot end an attribute value (escaping per scalar)")
    func combiningAccentEscaped() async throws {
        try await TestApp.run { client, _ in
            var browser = Browser(client)
            let csrf = try #require(try await browser.get("/s/quickscan/contact").inputValue("_csrf"))
            let hostile = "q\"\u{301} autofocus onfocus=alert(1) x=\"\u{301}"
            let page = try await browser.post("/s/quickscan/contact", form: [("_csrf", csrf), ("name", hostile), ("email", "a@b.nl")])
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains("value=\"q&quot;\u{301} autofocus onfocus=alert(1) x=&quot;\u{301}\""))
            let unescaped = "\"\u{301} autofocus"
            #expect(!page.text.contains(unescaped))
        }
    }

    @Test("contact fields at their limits in the widest characters are taken, not a blank 500")
    func contactAtLimits() async throws {
        try await TestApp.run { client, setup in
            var browser = Browser(client)
            let csrf = try #require(try await browser.get("/s/quickscan/contact").inputValue("_csrf"))
            let flags = String(repeating: "🇳🇱", count: 1000)
            let stacked = String(repeating: "a" + String(repeating: "\u{301}", count: 30), count: 200)
            let controls = String(repeating: "\u{1}\\\"", count: 300)
            let sent = try await browser.post(
                "/s/quickscan/contact",
                form: [("_csrf", csrf), ("name", stacked), ("email", "x@y.nl"), ("note", flags + controls), ("consent", "yes")])
            #expect(sent.status == .ok)
            #expect(try await setup.repositories.contacts.pendingCount(studySlug: "quickscan") == 1)
        }
    }

    @Test("oversize and non-UTF-8 form posts get a clear 4xx")
    func hostileForms() async throws {
        try await TestApp.run { client, _ in
            var headers = HTTPFields()
            headers[.contentType] = "application/x-www-form-urlencoded"
            let big = try await client.execute(
                uri: "/s/quickscan", method: .post, headers: headers, body: ByteBuffer(string: "a=" + String(repeating: "x", count: 70_000)))
            #expect(big.status == .contentTooLarge)
            let broken = try await client.execute(
                uri: "/s/quickscan", method: .post, headers: headers, body: ByteBuffer(string: "role=%C3%28"))
            #expect(broken.status == .badRequest)
            headers[.contentType] = "application/json"
            let wrongType = try await client.execute(uri: "/s/quickscan", method: .post, headers: headers, body: ByteBuffer(string: "{}"))
            #expect(wrongType.status == .unsupportedMediaType)
        }
    }
}
