import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import Testing
import VoelsprietStorage

@testable import VoelsprietWeb

@Suite("Researcher pages")
struct ResearcherTests {
    static func login(_ browser: inout Browser, username: String = "admin", password: String = TestApp.adminPassword) async throws
        -> TestResponse
    {
        let form = try await browser.get("/login")
        let csrf = try #require(form.inputValue("_csrf"))
        return try await browser.post("/login", form: [("_csrf", csrf), ("username", username), ("password", password)])
    }

    /// The session's form token, read from a researcher page.
    static func sessionToken(_ browser: inout Browser) async throws -> String {
        try #require(try await browser.get("/admin").inputValue("_csrf"))
    }

    @Test("every researcher page needs a login")
    func requiresLogin() async throws {
        try await TestApp.run { client, _ in
            var browser = Browser(client)
            for path in ["/admin", "/admin/studies/quickscan", "/admin/studies/quickscan/answers.csv", "/admin/studies/quickscan/contacts.csv", "/admin/users"] {
                let response = try await browser.get(path)
                #expect(response.status == .found, "\(path)")
                #expect(response.headers[.location] == "/login")
            }
        }
    }

    @Test("a wrong password is refused; the right one opens a secure session")
    func loginFlow() async throws {
        try await TestApp.run { client, _ in
            var browser = Browser(client)
            let wrong = try await Self.login(&browser, password: "guess")
            #expect(wrong.status == .unauthorized)
            let unknown = try await Self.login(&browser, username: "nobody", password: "guess")
            #expect(unknown.status == .unauthorized)
            let ok = try await Self.login(&browser)
            #expect(ok.status == .seeOther)
            let cookie = try #require(ok.headers[values: .setCookie].first { $0.hasPrefix("vs_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            let studies = try await browser.get("/admin")
            #expect(studies.status == .ok)
            #expect(studies.text.contains("/admin/studies/quickscan"))
            let token = try #require(studies.inputValue("_csrf"))
            _ = try await browser.post("/logout", form: [("_csrf", token)])
            let afterLogout = try await browser.get("/admin")
            #expect(afterLogout.status == .found)
        }
    }

    @Test("researcher pages are Dutch by default and English on request, remembered")
    func language() async throws {
        try await TestApp.run { client, _ in
            var browser = Browser(client)
            let dutch = try await browser.get("/login")
            #expect(dutch.text.contains("<html lang=\"nl\">"))
            #expect(dutch.text.contains("Inloggen voor onderzoekers"))
            let english = try await browser.get("/login?lang=en")
            #expect(english.text.contains("<html lang=\"en\">"))
            #expect(english.text.contains("Log in for researchers"))
            _ = try await Self.login(&browser)
            let studies = try await browser.get("/admin")
            #expect(studies.text.contains("New study"))
            #expect(studies.text.contains("Log out (admin)"))
            let back = try await browser.get("/admin?lang=nl")
            #expect(back.text.contains("Nieuwe studie"))
        }
    }

    @Test("repeated wrong passwords lock that user name for a while, even for the right password")
    func throttling() async throws {
        try await TestApp.run { client, _ in
            var browser = Browser(client)
            for _ in 0..<5 {
                let wrong = try await Self.login(&browser, password: "guess")
                #expect(wrong.status == .unauthorized)
            }
            let locked = try await Self.login(&browser)
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("Te veel mislukte pogingen"))
        }
    }

    @Test("sessions are kept in the database and survive a restart")
    func sessionsSurviveRestart() async throws {
        let (database, cleanUp) = try await TestApp.freshDatabase()
        let cookies = CookieBox()
        try await TestApp.run(database: database) { client, _ in
            var browser = Browser(client)
            _ = try await Self.login(&browser)
            cookies.value = browser.cookies
        }
        try await TestApp.run(database: database) { client, _ in
            var browser = Browser(client)
            browser.cookies = cookies.value
            let page = try await browser.get("/admin")
            #expect(page.status == .ok)
        }
        await cleanUp()
    }

    @Test("exports: answers with stable codes, the codebook, and contacts apart")
    func exports() async throws {
        try await TestApp.run { client, setup in
            _ = try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience))
            _ = try await Bodies.submit(client, Bodies.json(Bodies.studentWithExperience))
            try await setup.repositories.contacts.store(
                ContactDetails(id: "c1", studySlug: "quickscan", name: "Sam", email: "sam@example.org", phone: "", note: "", consent: "ja"))
            var browser = Browser(client)
            _ = try await Self.login(&browser)
            let answers = try await browser.get("/admin/studies/quickscan/answers.csv")
            #expect(answers.status == .ok)
            #expect(answers.headers[.contentDisposition]?.contains("quickscan-answers.csv") == true)
            let lines = answers.text.split(separator: "\r\n")
            #expect(lines.count == 3)
            #expect(lines[0].hasPrefix("response_id,submitted_on,language,role,sector_youth_care_parenting"))
            #expect(!answers.text.contains("sam@example.org"))
            let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
            for line in lines.dropFirst() {
                // No quoted commas in these rows except the explanation; count cells with a CSV-aware split.
                #expect(csvCells(String(line)).count == header.count)
            }
            let codebook = try await browser.get("/admin/studies/quickscan/codebook.csv")
            #expect(codebook.text.contains("skill_connect_reality,skill_connect_reality,skills,scale,tno2023:T5.2"))
            let contacts = try await browser.get("/admin/studies/quickscan/contacts.csv")
            #expect(contacts.text == "name,email,phone,note,consent\r\nSam,sam@example.org,,,ja\r\n")
            let page = try await browser.get("/admin/studies/quickscan")
            #expect(page.text.contains("<dt>Antwoorden</dt><dd>2</dd>"))
        }
    }

    @Test("a researcher can run studies but not manage accounts")
    func roles() async throws {
        try await TestApp.run { client, setup in
            try await setup.repositories.users.create(
                User(username: "onderzoeker", passwordHash: Bcrypt.hash("wachtwoord-123", cost: 4), role: .researcher))
            var browser = Browser(client)
            _ = try await Self.login(&browser, username: "onderzoeker", password: "wachtwoord-123")
            let studies = try await browser.get("/admin")
            #expect(studies.status == .ok)
            let accounts = try await browser.get("/admin/users")
            #expect(accounts.status == .forbidden)
            var admin = Browser(client)
            _ = try await Self.login(&admin)
            let users = try await admin.get("/admin/users")
            #expect(users.status == .ok)
            let token = try #require(users.inputValue("_csrf"))
            let created = try await admin.post("/admin/users", form: [("_csrf", token), ("username", "nieuw"), ("role", "researcher")])
            #expect(created.text.contains("Eenmalig wachtwoord"))
            #expect(try await setup.repositories.users.find(username: "nieuw")?.role == .researcher)
        }
    }

    @Test("create a study from the built-in or a pasted instrument; problems are listed")
    func createStudy() async throws {
        try await TestApp.run(demo: false) { client, setup in
            var browser = Browser(client)
            _ = try await Self.login(&browser)
            let token = try await Self.sessionToken(&browser)
            let forged = try await browser.post("/admin/studies", form: [("_csrf", "x"), ("slug", "team-a"), ("title", "Team A"), ("source", "builtin:quickscan")])
            #expect(forged.status == .forbidden)
            let created = try await browser.post("/admin/studies", form: [("_csrf", token), ("slug", "team-a"), ("title", "Team A"), ("source", "builtin:quickscan")])
            #expect(created.status == .seeOther)
            #expect(try await setup.repositories.studies.find(slug: "team-a")?.status == .open)
            let duplicate = try await browser.post("/admin/studies", form: [("_csrf", token), ("slug", "team-a"), ("title", "Again"), ("source", "builtin:quickscan")])
            #expect(duplicate.status == .unprocessableContent)
            let broken = #"{"id":"x","languages":["nl","en"],"title":{"nl":"X"},"scales":{},"sections":[{"id":"s","title":{"nl":"S","en":"S"},"items":[{"id":"a","type":"yesno","text":{"nl":"A","en":"A"},"showIf":{"item":"b","equals":"yes"}}]}]}"#
            let rejected = try await browser.post("/admin/studies", form: [("_csrf", token), ("slug", "eigen"), ("title", "Eigen"), ("source", "json"), ("instrument", broken)])
            #expect(rejected.status == .unprocessableContent)
            #expect(rejected.text.contains("vertaling &#39;en&#39; ontbreekt"))
            #expect(rejected.text.contains("vraag &#39;a&#39; › showIf"))
            #expect(rejected.text.contains("onbekende vraag &#39;b&#39;"))
            #expect(try await setup.repositories.studies.find(slug: "eigen") == nil)
            // Closing from the study page takes effect at once in this process.
            let unconfirmed = try await browser.post("/admin/studies/team-a/status", form: [("_csrf", token), ("status", "closed")])
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(try await setup.repositories.studies.find(slug: "team-a")?.status == .open)
            let closed = try await browser.post("/admin/studies/team-a/status", form: [("_csrf", token), ("status", "closed"), ("confirm", "yes")])
            #expect(closed.status == .seeOther)
            let respondentPage = try await browser.get("/s/team-a")
            #expect(respondentPage.status == .gone)
        }
    }

    @Test("the first start creates one admin account; a second start does not")
    func firstAdmin() async throws {
        let (database, cleanUp) = try await TestApp.freshDatabase()
        let messages = MessageBox()
        for _ in 0..<2 {
            var configuration = TestApp.configuration(database)
            configuration.initialAdminPassword = nil
            configuration.announce = { messages.append($0) }
            let (app, setup) = try await buildApplicationWithSetup(configuration)
            let count = try await app.test(.router) { _ in
                try await setup.repositories.users.count()
            }
            #expect(count == 1)
        }
        let announced = messages.all.filter { $0.contains("one-time password") }
        #expect(announced.count == 1)
        await cleanUp()
    }
}

/// Splits one CSV line into cells, honouring quotes.
func csvCells(_ line: String) -> [String] {
    var cells: [String] = []
    var current = ""
    var quoted = false
    var previous: Character?
    for character in line {
        if character == "\"" {
            if quoted, previous == "\"" { current.append("\"") }
            quoted.toggle()
        } else if character == ",", !quoted {
            cells.append(current)
            current = ""
        } else {
            current.append(character)
        }
        previous = character
    }
    cells.append(current)
    return cells
}

/// Sendable boxes for values carried between test closures.
final class CookieBox: @unchecked Sendable {
    var value: [String: String] = [:]
}

final class MessageBox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func append(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
