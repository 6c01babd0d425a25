import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

@testable import VoelsprietWeb

/// Finding 1 of the privacy review: a contact sent right after its answers sat next to them in
/// the order the database keeps (12 of 12 pairs linked through SQLite's write-ahead log; on
/// PostgreSQL through `xmin`). These tests play that attacker: answers and contacts
/// interleaved, the files (SQLite) or the system columns (PostgreSQL) copied after every
/// submission, and every way of ordering them tried as a guess.
@Suite("Contacts cannot be linked to answers by storage order")
struct ContactLinkingTests {
    static let pairs = 2 * ContactRelease.batchSize + 3

    /// Sends answers then contact details, `pairs` times, each marked with its number, and
    /// hands `observe` the state after every submission.
    static func interleave(
        _ client: any TestClientProtocol, observe: (_ pair: Int, _ afterContact: Bool) async throws -> Void
    ) async throws {
        var browser = Browser(client)
        let form = try await browser.get("/s/quickscan/contact")
        let csrf = try #require(form.inputValue("_csrf"))
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        for pair in 0..<pairs {
            var body = Bodies.professionalWithoutExperience
            body["sector.other"] = Self.answerMarker(pair)
            let response = try await client.execute(
                uri: "/api/v1/studies/quickscan/responses", method: .post, headers: headers, body: Bodies.json(body))
            #expect(response.status == .created)
            try await observe(pair, false)
            let contact = try await browser.post(
                "/s/quickscan/contact",
                form: [("_csrf", csrf), ("name", Self.contactMarker(pair)), ("email", "p\(pair)@example.org"), ("consent", "yes")])
            #expect(contact.status == .ok)
            try await observe(pair, true)
        }
    }

    static func answerMarker(_ pair: Int) -> String { "ANSWER-\(String(format: "%03d", pair))" }
    static func contactMarker(_ pair: Int) -> String { "CONTACT-\(String(format: "%03d", pair))" }

    /// How many of a batch the attacker links correctly by matching the k-th contact in some
    /// storage order to the k-th answer of the same window: a random order gets one right on
    /// average; more than 6 of 10 happens by chance less than once in 10,000.
    static func correctGuesses(storageOrder: [Int]) -> Int {
        zip(storageOrder, storageOrder.sorted()).filter { $0 == $1 }.count
    }

    @Test("SQLite: copies of the files taken mid-stream and at rest show contacts only in whole batches, in no arrival order")
    func sqliteFiles() async throws {
        let (database, cleanUp) = try await TestApp.freshDatabase()
        defer { Task { await cleanUp() } }
        guard case .sqlite = database else { return }  // the PostgreSQL test below covers that engine
        try await TestApp.run(database: database) { client, setup in
            let sqlite = try #require(setup.client as? SQLiteDatabaseClient)
            func snapshot() throws -> Data {
                var bytes = Data()
                for suffix in ["", "-wal", "-shm"] {
                    if let data = FileManager.default.contents(atPath: sqlite.path + suffix) { bytes.append(data) }
                }
                return bytes
            }
            try await Self.interleave(client) { pair, afterContact in
                let copy = try snapshot()
                let visible = (0..<Self.pairs).filter { copy.range(of: Data(Self.contactMarker($0).utf8)) != nil }
                let sent = pair + (afterContact ? 1 : 0)
                // Whole batches only, and only those complete at the time of the copy.
                #expect(visible == Array(0..<(sent / ContactRelease.batchSize * ContactRelease.batchSize)), "after pair \(pair)")
                // The answers, by contrast, are there at once (so the copies are real).
                #expect(copy.range(of: Data(Self.answerMarker(pair).utf8)) != nil)
            }
            // At rest, after a checkpoint: within each batch the stored order is no guide.
            try await setup.client.scrub()
            let copy = try snapshot()
            for batch in 0..<(Self.pairs / ContactRelease.batchSize) {
                let members = Array(batch * ContactRelease.batchSize..<(batch + 1) * ContactRelease.batchSize)
                let byOffset = members.sorted {
                    copy.range(of: Data(Self.contactMarker($0).utf8))!.lowerBound < copy.range(of: Data(Self.contactMarker($1).utf8))!.lowerBound
                }
                #expect(Self.correctGuesses(storageOrder: byOffset) <= 6, "batch \(batch): \(byOffset)")
            }
            let waiting = try await setup.repositories.contacts.pending(studySlug: "quickscan")
            #expect(waiting.count == Self.pairs % ContactRelease.batchSize)
            // Sealed values all have one length: nothing to tell them apart by.
            #expect(Set(waiting.map(\.sealed.count)).count == 1)
        }
    }

    @Test("PostgreSQL: xmin shows only the batch, ctid and id order are no guide, waiting contacts are sealed")
    func postgresSystemColumns() async throws {
        let (database, cleanUp) = try await TestApp.freshDatabase()
        defer { Task { await cleanUp() } }
        guard case .postgres = database else { return }  // the SQLite test above covers that engine
        try await TestApp.run(database: database) { client, setup in
            try await Self.interleave(client) { pair, afterContact in
                let rows = try await setup.client.sql.raw("SELECT name FROM contacts").all()
                let sent = pair + (afterContact ? 1 : 0)
                #expect(rows.count == sent / ContactRelease.batchSize * ContactRelease.batchSize)
                let sealed = try await setup.client.sql.raw("SELECT sealed FROM pending_contacts").all()
                    .map { try $0.decode(column: "sealed", as: String.self) }
                #expect(!sealed.contains { $0.contains("CONTACT-") })
            }
            let rows = try await setup.client.sql.raw(
                "SELECT xmin::text AS x, ctid::text AS c, id, name FROM contacts ORDER BY ctid"
            ).all()
            struct Row {
                let xmin: String
                let id: String
                let pair: Int
            }
            let stored = try rows.map {
                Row(
                    xmin: try $0.decode(column: "x", as: String.self), id: try $0.decode(column: "id", as: String.self),
                    pair: Int(try $0.decode(column: "name", as: String.self).dropFirst("CONTACT-".count))!)
            }
            let batches = Dictionary(grouping: stored, by: \.xmin)
            // One transaction per batch: xmin tells the batch and nothing finer.
            #expect(batches.count == Self.pairs / ContactRelease.batchSize)
            for (_, members) in batches {
                #expect(members.count == ContactRelease.batchSize)
                let pairs = Set(members.map(\.pair))
                let first = pairs.min()!
                #expect(pairs == Set(first..<first + ContactRelease.batchSize))
                #expect(Self.correctGuesses(storageOrder: members.map(\.pair)) <= 6, "ctid order \(members.map(\.pair))")
                #expect(Self.correctGuesses(storageOrder: members.sorted { $0.id < $1.id }.map(\.pair)) <= 6, "id order")
            }
        }
    }

    @Test("waiting contacts survive a restart with the same key and are released with the next ones")
    func restartLosesNothing() async throws {
        let (database, cleanUp) = try await TestApp.freshDatabase()
        defer { Task { await cleanUp() } }
        let seal = ContactSeal.ephemeral()
        @Sendable func send(_ client: any TestClientProtocol, _ names: Range<Int>) async throws {
            for _ in names { #expect(try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience)).status == .created) }
            var browser = Browser(client)
            let csrf = try #require(try await browser.get("/s/quickscan/contact").inputValue("_csrf"))
            for index in names {
                let sent = try await browser.post(
                    "/s/quickscan/contact", form: [("_csrf", csrf), ("name", "N\(index)"), ("phone", "06\(index)"), ("consent", "yes")])
                #expect(sent.status == .ok)
            }
        }
        try await TestApp.run(database: database, contactSeal: seal) { client, setup in
            try await send(client, 0..<4)
            #expect(try await setup.repositories.contacts.pendingCount(studySlug: "quickscan") == 4)
        }
        // Another key cannot open them: they stay waiting and the lead's page says so.
        try await TestApp.run(database: database, contactSeal: .ephemeral()) { client, setup in
            let waiting = try await setup.services.intake.waitingContacts(slug: "quickscan")
            #expect(waiting.waiting == 4 && waiting.unopenable == 4)
        }
        try await TestApp.run(database: database, contactSeal: seal) { client, setup in
            try await send(client, 4..<ContactRelease.batchSize)
            let released = try await setup.repositories.contacts.all(studySlug: "quickscan")
            #expect(Set(released.map(\.name)) == Set((0..<ContactRelease.batchSize).map { "N\($0)" }))
        }
    }

    @Test("contacts posted without answers cannot fill a batch around one real contact (the review's n − 1 flood)")
    func floodWithoutAnswers() async throws {
        try await TestApp.run { client, setup in
            var browser = Browser(client)
            let csrf = try #require(try await browser.get("/s/quickscan/contact").inputValue("_csrf"))
            for index in 0..<(ContactRelease.batchSize - 1) {
                _ = try await browser.post(
                    "/s/quickscan/contact", form: [("_csrf", csrf), ("name", "FAKE-\(index)"), ("phone", "06"), ("consent", "yes")])
            }
            #expect(try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience)).status == .created)
            _ = try await browser.post("/s/quickscan/contact", form: [("_csrf", csrf), ("name", "VICTIM"), ("phone", "06"), ("consent", "yes")])
            #expect(try await setup.repositories.contacts.count(studySlug: "quickscan") == 0, "released beside one answer set")
            // Once as many answer sets as a batch have come in, the next contact releases them all.
            for _ in 0..<(ContactRelease.batchSize - 1) {
                #expect(try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience)).status == .created)
            }
            _ = try await browser.post("/s/quickscan/contact", form: [("_csrf", csrf), ("name", "LATER"), ("phone", "06"), ("consent", "yes")])
            #expect(try await setup.repositories.contacts.count(studySlug: "quickscan") == ContactRelease.batchSize + 1)
        }
    }

    @Test("a lead can release a smaller last batch (audited); others cannot")
    func earlyRelease() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var browser = Browser(client)
            let csrf = try #require(try await browser.get("/s/quickscan/contact").inputValue("_csrf"))
            for index in 0..<3 {
                _ = try await browser.post("/s/quickscan/contact", form: [("_csrf", csrf), ("name", "L\(index)"), ("phone", "06"), ("consent", "yes")])
            }
            var analyst = try await Workspace.browser(client, "ana")
            let refused = try await analyst.post("/admin/studies/quickscan/data/contacts/release", form: [("_csrf", try await analyst.token())])
            #expect(refused.status == .forbidden)
            var lead = try await Workspace.browser(client, "leader")
            // While the study is open, one at a time would tie each to the answers just before it.
            let open = try await lead.get("/admin/studies/quickscan/data")
            #expect(open.text.contains("(3)") && !open.text.contains("release-contacts"))
            let early = try await lead.post("/admin/studies/quickscan/data/contacts/release", form: [("_csrf", try await lead.token())])
            #expect(early.status == .unprocessableContent)
            #expect(try await setup.repositories.contacts.count(studySlug: "quickscan") == 0)
            let access = try await setup.services.studies.access("quickscan", as: .command("test"), for: .changeStatus)
            try await setup.services.studies.setStatus(access, .closed)
            let page = try await lead.get("/admin/studies/quickscan/data")
            #expect(page.text.contains("release-contacts") && page.text.contains("(3)"))
            let released = try await lead.post("/admin/studies/quickscan/data/contacts/release", form: [("_csrf", try await lead.token())])
            #expect(released.status == .seeOther)
            #expect(try await setup.repositories.contacts.count(studySlug: "quickscan") == 3)
            let trail = try await setup.repositories.audit.all(studySlug: "quickscan")
            #expect(trail.contains { $0.entry.action == .contactsReleased && $0.entry.actor == "leader" && $0.entry.detail.contains("3") })
        }
    }
}
