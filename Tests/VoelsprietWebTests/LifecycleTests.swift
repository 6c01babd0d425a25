import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWeb
import VoelsprietWorkspace

@Suite("Deleting a study's data, and the audit trail")
struct LifecycleTests {
    @Test("contact details can be deleted on their own; the whole study goes in one step, its audit rows stay")
    func deletion() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            for _ in 0..<3 { _ = try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience)) }
            for index in 0..<2 {
                try await setup.repositories.contacts.store(
                    ContactDetails(id: "c\(index)", studySlug: "quickscan", name: "N\(index)", email: "n\(index)@example.org", phone: "", note: "", consent: "ja"))
            }
            var lead = try await Workspace.browser(client, "leader")
            let token = try await lead.token()
            #expect(try await lead.get("/admin/studies/quickscan/data").status == .ok)
            let contacts = try await lead.post("/admin/studies/quickscan/data/contacts/delete", form: [("_csrf", token)])
            #expect(contacts.status == .seeOther)
            #expect(try await setup.repositories.contacts.count(studySlug: "quickscan") == 0)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 3)
            let unconfirmed = try await lead.post("/admin/studies/quickscan/data/delete", form: [("_csrf", token), ("confirm", "quick")])
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(try await setup.repositories.studies.find(slug: "quickscan") != nil)
            let deleted = try await lead.post("/admin/studies/quickscan/data/delete", form: [("_csrf", token), ("confirm", "quickscan")])
            #expect(deleted.status == .seeOther)
            // Gone from the database, not flagged.
            for table in ["studies", "responses", "contacts", "study_members"] {
                let column = table == "studies" ? "slug" : "study_slug"
                let count = try await setup.client.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE \(unsafeRaw: column) = 'quickscan'")
                    .first(decodingColumn: "n", as: Int.self)
                #expect(count == 0, "\(table)")
            }
            #expect(try await client.execute(uri: "/s/quickscan", method: .get).status == .notFound)
            #expect(try await lead.get("/admin/studies/quickscan").status == .notFound)
            let trail = try await setup.repositories.audit.all(studySlug: "quickscan").map(\.entry)
            #expect(trail.contains { $0.action == .contactsDeleted && $0.detail == "2 contact details" })
            #expect(trail.contains { $0.action == .studyDeleted && $0.detail.contains("3 responses, 0 contact details, 5 members") })
        }
    }

    @Test("a deleted study's address is not given out again, so its audit trail stays its own")
    func noReuse() async throws {
        try await TestApp.run { client, setup in
            let access = try await setup.services.studies.access("quickscan", as: .command("test"), for: .purgeData)
            _ = try await setup.services.lifecycle.deleteStudy(access, confirmation: "quickscan")
            var admin = try await Workspace.browser(client, "admin", password: TestApp.adminPassword)
            let token = try await admin.token()
            let again = try await admin.post("/admin/studies", form: [("_csrf", token), ("slug", "quickscan"), ("title", "Nieuw"), ("source", "builtin:quickscan")])
            #expect(again.status == .unprocessableContent)
            #expect(again.text.contains("verwijderde studie"))
            #expect(try await setup.repositories.studies.find(slug: "quickscan") == nil)
        }
    }

    @Test("after a deletion the SQLite files hold nothing of what was deleted, not even the write-ahead log")
    func scrubbed() async throws {
        try await TestApp.run { client, setup in
            guard case .sqlite = setup.client.kind else { return }
            let marker = "ZEBRAMARKER\(UInt32.random(in: 1_000_000...9_999_999))"
            var body = Bodies.professionalWithoutExperience
            body["sharing_desirability_explanation"] = marker
            for _ in 0..<3 { #expect(try await Bodies.submit(client, Bodies.json(body)).status == .created) }
            try await setup.repositories.contacts.store(
                ContactDetails(id: "c1", studySlug: "quickscan", name: marker, email: "z@example.org", phone: "", note: "", consent: "ja"))
            let folder = try #require((setup.client as? SQLiteDatabaseClient).map { ($0.path as NSString).deletingLastPathComponent })
            func filesContainMarker() throws -> Bool {
                try FileManager.default.contentsOfDirectory(atPath: folder).contains { name in
                    let data = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
                    return data.range(of: Data(marker.utf8)) != nil
                }
            }
            #expect(try filesContainMarker())  // the attack works before the deletion
            let access = try await setup.services.studies.access("quickscan", as: .command("test"), for: .purgeData)
            _ = try await setup.services.lifecycle.deleteStudy(access, confirmation: "quickscan")
            #expect(try !filesContainMarker())
        }
    }

    @Test("submissions arriving while the study is deleted: each is stored before or refused after, never a server error")
    func deletionDuringIntake() async throws {
        try await TestApp.run { client, setup in
            let body = Bodies.json(Bodies.professionalWithoutExperience)
            let access = try await setup.services.studies.access("quickscan", as: .command("test"), for: .purgeData)
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for index in 0..<60 {
                    group.addTask {
                        if index == 20 {
                            _ = try await setup.services.lifecycle.deleteStudy(access, confirmation: "quickscan")
                            return 0
                        }
                        return UInt(try await Bodies.submit(client, body).status.code)
                    }
                }
                return try await group.reduce(into: [UInt]()) { $0.append($1) }
            }
            let answered = statuses.filter { $0 != 0 }
            #expect(answered.allSatisfy { $0 == 201 || $0 == 404 }, "\(answered)")
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 0)
            #expect(try await setup.repositories.studies.find(slug: "quickscan") == nil)
        }
    }

    @Test("past the retention date, contact details are deleted without anyone remembering to; answers stay")
    func retention() async throws {
        try await TestApp.run { client, setup in
            _ = try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience))
            try await setup.repositories.contacts.store(
                ContactDetails(id: "c1", studySlug: "quickscan", name: "N", email: "n@example.org", phone: "", note: "", consent: "ja"))
            let access = try await setup.services.studies.access("quickscan", as: .command("test"), for: .manageSettings)
            try await setup.services.studies.updateSettings(access, title: "Q", retentionDate: "2026-06-30", requireTwoFactor: false)
            #expect(try await setup.services.lifecycle.deleteExpiredContacts(today: "2026-06-30").isEmpty)  // not yet past
            let deleted = try await setup.services.lifecycle.deleteExpiredContacts(today: "2026-07-01")
            #expect(deleted.map(\.contacts) == [1])
            #expect(try await setup.repositories.contacts.count(studySlug: "quickscan") == 0)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 1)
            let trail = try await setup.repositories.audit.events(studySlug: "quickscan", limit: 10).map(\.entry)
            #expect(trail.contains { $0.actor == "system" && $0.action == .contactsDeleted })
            await #expect(throws: ServiceError.self) {
                try await setup.services.studies.updateSettings(access, title: "Q", retentionDate: "2026-02-30", requireTwoFactor: false)
            }
        }
    }

    @Test("audit rows cannot be changed or deleted, not even with SQL on the database")
    func appendOnly() async throws {
        try await TestApp.run { client, setup in
            var admin = try await Workspace.browser(client, "admin", password: TestApp.adminPassword)
            _ = try await admin.get("/admin/studies/quickscan/answers.csv")
            let before = try await setup.repositories.audit.all(studySlug: nil)
            #expect(before.contains { $0.entry.action == .exported && $0.entry.detail == "quickscan-answers.csv" && $0.entry.actor == "admin" })
            await #expect(throws: (any Error).self) {
                try await setup.client.sql.raw("UPDATE audit_events SET actor = 'someone-else'").run()
            }
            await #expect(throws: (any Error).self) {
                try await setup.client.sql.raw("DELETE FROM audit_events").run()
            }
            #expect(try await setup.repositories.audit.all(studySlug: nil) == before)
            // No answer content in the trail: its text holds none of what was answered.
            let text = AuditService.csv(before)
            #expect(!text.contains("Huisartsenpost") && !text.contains("maatwerk"))
        }
    }

    @Test("the lead's audit page and CSV list who downloaded what; other roles cannot see them")
    func auditPage() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var analyst = try await Workspace.browser(client, "ana")
            #expect(try await analyst.get("/admin/studies/quickscan/answers.csv").status == .ok)
            #expect(try await analyst.get("/admin/studies/quickscan/audit").status == .forbidden)
            var lead = try await Workspace.browser(client, "leader")
            let page = try await lead.get("/admin/studies/quickscan/audit")
            #expect(page.status == .ok)
            #expect(page.text.contains("<td>ana</td><td><code>exported</code></td><td>quickscan-answers.csv</td>"))
            let csv = try await lead.get("/admin/studies/quickscan/audit.csv")
            #expect(csv.headers[.contentDisposition]?.contains("quickscan-audit.csv") == true)
            #expect(csv.text.hasPrefix("id,at,actor,action,study,detail\r\n"))
            #expect(csv.text.contains(",ana,exported,quickscan,quickscan-answers.csv"))
            // Reading the trail is itself in the trail.
            let reads = try await setup.repositories.audit.events(studySlug: "quickscan", limit: 5).map(\.entry)
            #expect(reads.contains(AuditEntry(actor: "leader", action: .auditViewed, study: "quickscan")))
            #expect(reads.contains(AuditEntry(actor: "leader", action: .exported, study: "quickscan", detail: "quickscan-audit.csv")))
            let at = try #require(try await setup.repositories.audit.events(studySlug: "quickscan", limit: 1).first?.at)
            #expect(at.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"#, options: .regularExpression) != nil)
        }
    }
}
