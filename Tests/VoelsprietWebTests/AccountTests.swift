import Crypto
import Foundation
import HummingbirdBcrypt
import HummingbirdTesting
import Testing
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace
import VoelsprietWeb

@Suite("Accounts: passwords, sessions, two-step sign-in")
struct AccountTests {
    @Test("a one-time password must be replaced at first log-in, by one that meets the rules")
    func forcedChange() async throws {
        try await TestApp.run { client, setup in
            let (_, oneTime) = try await setup.services.accounts.createAccount(username: "nieuw", roleName: "researcher", by: .command("test"))
            var browser = Browser(client)
            let login = try await ResearcherTests.login(&browser, username: "nieuw", password: oneTime)
            #expect(login.headers[.location] == "/account/password")
            // Every other page sends them back until the password is changed.
            #expect(try await browser.get("/admin").headers[.location] == "/account/password")
            #expect(try await browser.get("/admin/studies/quickscan").headers[.location] == "/account/password")
            let token = try await browser.token()
            func change(_ new: String, repeat again: String? = nil) async throws -> TestResponse {
                try await browser.post("/account/password", form: [("_csrf", token), ("current", oneTime), ("new", new), ("repeat", again ?? new)])
            }
            let short = try await change("kort")
            #expect(short.status == .unprocessableContent)
            #expect(short.text.contains("minstens 12 tekens"))
            #expect(try await change("nieuw-nieuw-nieuw").text.contains("niet uw gebruikersnaam"))
            #expect(try await change("Wachtwoord2024!").text.contains("geen veelgebruikt wachtwoord"))
            #expect(try await change("paars-fietsbel-onder-de-brug", repeat: "iets anders").status == .unprocessableContent)
            #expect(try await change("paars-fietsbel-onder-de-brug").status == .seeOther)
            #expect(try await browser.get("/admin").status == .ok)
            #expect(try await setup.repositories.users.find(username: "nieuw")?.mustChangePassword == false)
            var again = Browser(client)
            #expect(try await ResearcherTests.login(&again, username: "nieuw", password: oneTime).status == .unauthorized)
            #expect(try await ResearcherTests.login(&again, username: "nieuw", password: "paars-fietsbel-onder-de-brug").headers[.location] == "/admin")
        }
    }

    @Test("session ids are stored only as hashes; a forged or stale cookie is no session")
    func sessionStorage() async throws {
        try await TestApp.run { client, setup in
            var browser = try await Workspace.browser(client, "admin", password: TestApp.adminPassword)
            let id = try #require(browser.cookies["vs_session"])
            #expect(id.count == 43)
            let rows = try await setup.client.sql.raw("SELECT id_hash, username, csrf FROM sessions").all()
            #expect(rows.count == 1)
            let stored = try rows[0].decode(column: "id_hash", as: String.self)
            #expect(stored != id && !stored.contains(id))
            #expect(stored == SHA256.hash(data: Data(id.utf8)).map { String(format: "%02x", $0) }.joined())
            // key_values holds server secrets only (the form-signing key), no session.
            let kv = try await setup.client.sql.raw("SELECT COUNT(*) AS n FROM key_values WHERE key NOT LIKE 'secret.%'").first(decodingColumn: "n", as: Int.self)
            #expect(kv == 0)
            // Someone holding the database's hash cannot use it as a cookie.
            var forged = Browser(client)
            forged.cookies["vs_session"] = stored
            #expect(try await forged.get("/admin").status == .found)
            forged.cookies["vs_session"] = String(id.dropLast()) + (id.last == "A" ? "B" : "A")
            let stale = try await forged.get("/admin")
            #expect(stale.status == .found)
            #expect(stale.headers[values: .setCookie].contains { $0.hasPrefix("vs_session=;") })
            #expect(try await browser.get("/admin").status == .ok)
        }
    }

    @Test("log out everywhere, a password change, disabling and idle time end sessions")
    func endingSessions() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var phone = try await Workspace.browser(client, "ana")
            var laptop = try await Workspace.browser(client, "ana")
            // A password change ends the other sessions, not the one asking.
            let token = try await laptop.token()
            let changed = try await laptop.post(
                "/account/password",
                form: [("_csrf", token), ("current", Workspace.password), ("new", "tulpen in de regen bij Delft"), ("repeat", "tulpen in de regen bij Delft")])
            #expect(changed.status == .seeOther)
            #expect(try await phone.get("/admin").status == .found)
            #expect(try await laptop.get("/admin").status == .ok)
            // Log out everywhere ends this one too.
            phone = try await Workspace.browser(client, "ana", password: "tulpen in de regen bij Delft")
            #expect(try await laptop.post("/account/logout-everywhere", form: [("_csrf", token)]).status == .seeOther)
            #expect(try await laptop.get("/admin").status == .found)
            #expect(try await phone.get("/admin").status == .found)
            // Disabling by an admin ends sessions at once, and the account cannot log in.
            phone = try await Workspace.browser(client, "ana", password: "tulpen in de regen bij Delft")
            var admin = try await Workspace.browser(client, "admin", password: TestApp.adminPassword)
            let adminToken = try await admin.token()
            #expect(try await admin.post("/admin/users/ana/disable", form: [("_csrf", adminToken)]).status == .seeOther)
            #expect(try await phone.get("/admin").status == .found)
            var retry = Browser(client)
            #expect(try await ResearcherTests.login(&retry, username: "ana", password: "tulpen in de regen bij Delft").status == .unauthorized)
            let ownDisable = try await admin.post("/admin/users/admin/disable", form: [("_csrf", adminToken)])
            #expect(ownDisable.status == .unprocessableContent)
            #expect(try await admin.post("/admin/users/ana/enable", form: [("_csrf", adminToken)]).status == .seeOther)
            // Idle: a session whose last activity is older than the idle time has ended.
            var idle = try await Workspace.browser(client, "vera")
            try await setup.client.sql.raw("UPDATE sessions SET last_seen_at = last_seen_at - \(unsafeRaw: String(8 * 3600 + 5)) WHERE username = 'vera'").run()
            #expect(try await idle.get("/admin").headers[.location] == "/login")
            // However active, a session ends a day after its log-in.
            var long = try await Workspace.browser(client, "vera")
            try await setup.client.sql.raw("UPDATE sessions SET created_at = created_at - \(unsafeRaw: String(24 * 3600 + 5)) WHERE username = 'vera'").run()
            #expect(try await long.get("/admin").headers[.location] == "/login")
            let events = try await setup.repositories.audit.accountEvents(limit: 100).map(\.entry.action)
            for action in [AuditAction.passwordChanged, .logoutEverywhere, .accountDisabled, .accountEnabled, .login, .loginFailed] {
                #expect(events.contains(action), "\(action)")
            }
        }
    }

    @Test("throttled log-ins: parallel guesses stop at the limit, the trail gets one row, typed names of no account are not kept")
    func throttledLogins() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        var browser = Browser(client)
                        return UInt(try await ResearcherTests.login(&browser, username: "ana", password: "wrong guess").status.code)
                    }
                }
                return try await group.reduce(into: [UInt]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 401 }.count == 5, "\(statuses)")
            #expect(statuses.filter { $0 == 429 }.count == 15)
            var browser = Browser(client)
            _ = try await ResearcherTests.login(&browser, username: "my-secret-password-typed-here", password: "x")
            let events = try await setup.repositories.audit.accountEvents(limit: 100).map(\.entry)
            #expect(events.filter { $0.action == .loginFailed && $0.actor == "ana" }.count == 5)
            #expect(events.filter { $0.action == .loginThrottled }.count == 1)
            #expect(!events.contains { $0.actor.contains("my-secret") })
        }
    }

    /// RFC 6238 TOTP computed here from the shared secret, independently of the app's code.
    static func totp(_ secret: [UInt8], at date: Date) -> String {
        var counter = UInt64(date.timeIntervalSince1970 / 30).bigEndian
        let message = withUnsafeBytes(of: &counter) { Data($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[19] & 0x0f)
        let number = (UInt32(mac[offset] & 0x7f) << 24 | UInt32(mac[offset + 1]) << 16 | UInt32(mac[offset + 2]) << 8 | UInt32(mac[offset + 3])) % 1_000_000
        return String(format: "%06d", number)
    }

    /// Decodes RFC 4648 base32 (test's own reader of the key shown on the page).
    static func base32(_ text: String) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var bits = 0, value = 0
        var out: [UInt8] = []
        for character in text where character != " " {
            value = (value << 5) | alphabet.firstIndex(of: character)!
            bits += 5
            if bits >= 8 {
                out.append(UInt8((value >> (bits - 8)) & 0xff))
                bits -= 8
            }
        }
        return out
    }

    @Test("two-step sign-in: set up from the page's key and QR code, then every log-in needs a fresh code; a lead can require it")
    func twoFactor() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var lead = try await Workspace.browser(client, "leader")
            // A session that began with the password alone, before two-step sign-in was on.
            var earlier = try await Workspace.browser(client, "leader")
            let token = try await lead.token()
            // The lead requires two-step sign-in for the study: members without it are turned away.
            let saved = try await lead.post(
                "/admin/studies/quickscan/settings", form: [("_csrf", token), ("title", "Quickscan"), ("retention", "2027-06-30"), ("require_two_factor", "1")])
            #expect(saved.status == .seeOther)
            let refused = try await lead.get("/admin/studies/quickscan")
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("/account"))
            let setupPage = try await lead.get("/account/two-factor")
            #expect(setupPage.status == .ok)
            #expect(setupPage.text.contains("<svg"))
            let key = try #require(setupPage.inputValue("secret"))
            let secret = Self.base32(key)
            #expect(secret.count == 20)
            let wrong = try await lead.post("/account/two-factor", form: [("_csrf", token), ("secret", key), ("code", "000000")])
            #expect(wrong.status == .unprocessableContent)
            let now = Date()
            let confirmed = try await lead.post("/account/two-factor", form: [("_csrf", token), ("secret", key), ("code", Self.totp(secret, at: now))])
            #expect(confirmed.status == .seeOther)
            #expect(try await lead.get("/admin/studies/quickscan").status == .ok)
            // Turning it on ends the sessions that began with the password alone.
            let stale = try await earlier.get("/admin/studies/quickscan")
            #expect(stale.status == .found && stale.headers[.location] == "/login")
            // The key cannot be replaced without turning it off first (which asks the password).
            #expect(try await lead.get("/account/two-factor").headers[.location] == "/account")
            let replaced = try await lead.post("/account/two-factor", form: [("_csrf", token), ("secret", String(repeating: "A", count: 32)), ("code", "000000")])
            #expect(replaced.status != .seeOther)
            #expect(try await setup.repositories.users.find(username: "leader")?.totpSecret == secret)
            // A new log-in: the password alone gives no access.
            var next = Browser(client)
            let first = try await ResearcherTests.login(&next, username: "leader", password: Workspace.password)
            #expect(first.headers[.location] == "/login/code")
            #expect(try await next.get("/admin").status == .found)
            // Back at the log-in form half-way: it still works (its token is the form's own).
            #expect(try await ResearcherTests.login(&next, username: "leader", password: Workspace.password).headers[.location] == "/login/code")
            let form = try await next.get("/login/code")
            let codeToken = try #require(form.inputValue("_csrf"))
            // The code used to confirm was claimed: it cannot be replayed.
            let replay = try await next.post("/login/code", form: [("_csrf", codeToken), ("code", Self.totp(secret, at: now))])
            #expect(replay.status == .unauthorized)
            let later = now.addingTimeInterval(30)
            let ok = try await next.post("/login/code", form: [("_csrf", codeToken), ("code", Self.totp(secret, at: later))])
            #expect(ok.status == .seeOther)
            #expect(try await next.get("/admin/studies/quickscan").status == .ok)
            // Another member without it is refused by the study, but not elsewhere.
            var analyst = try await Workspace.browser(client, "ana")
            #expect(try await analyst.get("/admin/studies/quickscan/report").status == .forbidden)
            #expect(try await analyst.get("/admin").status == .ok)
            #expect(try await setup.repositories.studies.find(slug: "quickscan")?.retentionDate == "2027-06-30")
        }
    }
}
