import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

@testable import VoelsprietWeb

/// Test mode, response management and closing (issue 9, finding 2: test answers polluted the
/// data, no researcher could see or delete a response, and closing cut off whoever was on the
/// last page). Tried as a member would, and as someone forging the browser's side would.
@Suite("Test mode and response management")
struct ResponseManagementTests {
    static func sendReview(_ browser: inout Browser) async throws -> TestResponse {
        let fields = try await ExactlyOnceTests.reviewPage(&browser)
        return try await browser.post("/s/quickscan", form: fields + [("_action", "submit")])
    }

    @Test("the preview link: a banner on every page, answers kept apart, out of counts, exports and reports, deleted in one click")
    func previewLink() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            // Any member may preview, a viewer too.
            var vera = try await Workspace.browser(client, "vera")
            let preview = try await vera.get("/admin/studies/quickscan/preview")
            #expect(preview.status == .seeOther)
            #expect(preview.headers[.location] == "/s/quickscan?lang=nl")
            let intro = try await vera.get("/s/quickscan")
            #expect(intro.text.contains("class=\"test-banner\""))
            let sent = try await Self.sendReview(&vera)
            #expect(sent.status == .seeOther)
            let thanks = try await vera.get(try #require(sent.headers[.location]))
            #expect(thanks.text.contains("class=\"test-banner\""))
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 0)
            let tests = try await setup.repositories.responses.summaries(studySlug: "quickscan", test: true)
            #expect(tests.count == 1)
            // Not in the export, not in the report.
            let study = try #require(try await setup.repositories.studies.find(slug: "quickscan"))
            let csv = try await StudyExporter(repositories: setup.repositories).answersCSV(study)
            #expect(csv.split(separator: "\r\n").count == 1)
            var ana = try await Workspace.browser(client, "ana")
            let report = try await ana.get("/admin/studies/quickscan/report.json")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(report.text.utf8)) as? [String: Any])
            #expect(object["n"] as? Int == 0)
            // The analyst sees it listed as a test, and deletes the test answers; the trail says so.
            let page = try await ana.get("/admin/studies/quickscan/responses")
            #expect(page.text.contains("data-test-response=\"\(tests[0].id)\""))
            let token = try await ana.token()
            let deleted = try await ana.post("/admin/studies/quickscan/test-responses/delete", form: [("_csrf", token)])
            #expect(deleted.status == .seeOther)
            #expect(try await setup.repositories.responses.summaries(studySlug: "quickscan", test: true).isEmpty)
            let trail = try await setup.repositories.audit.events(studySlug: "quickscan", limit: 20)
            #expect(trail.contains { $0.entry.action == .testResponsesDeleted && $0.entry.actor == "ana" && $0.entry.detail == "1" })
            // A viewer may not browse or delete responses.
            #expect(try await vera.get("/admin/studies/quickscan/responses").status == .forbidden)
        }
    }

    @Test("a forged or borrowed test cookie is not test mode: the answers count as real, nothing is hidden")
    func forgedTestCookie() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var member = try await Workspace.browser(client, "vera")
            _ = try await member.get("/admin/studies/quickscan/preview")
            let genuine = try #require(member.cookies[RespondentSession.testCookie])
            var forger = Browser(client)
            forger.cookies[RespondentSession.testCookie] = "quickscan.AAAAAAAAAAAAAAAAAAAAAA"
            #expect(!(try await forger.get("/s/quickscan")).text.contains("test-banner"))
            // The genuine value of one study does not make another study's answers tests.
            forger.cookies[RespondentSession.testCookie] = genuine.replacingOccurrences(of: "quickscan.", with: "other.")
            let sent = try await Self.sendReview(&forger)
            #expect(sent.status == .seeOther)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 1)
            #expect(try await setup.repositories.responses.summaries(studySlug: "quickscan", test: true).isEmpty)
        }
    }

    @Test("a lead reads one response with its labels and deletes it with a reason; without a reason nothing is deleted")
    func deleteWithReason() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var respondent = Browser(client)
            _ = try await Self.sendReview(&respondent)
            let id = try #require(try await setup.repositories.responses.summaries(studySlug: "quickscan", test: false).first?.id)
            var leader = try await Workspace.browser(client, "leader")
            let page = try await leader.get("/admin/studies/quickscan/responses/\(id)")
            #expect(page.status == .ok)
            #expect(page.text.contains("data-item=\"role\""))
            #expect(page.text.contains("Professional"))
            let token = try await leader.token()
            let refused = try await leader.post("/admin/studies/quickscan/responses/\(id)/delete", form: [("_csrf", token), ("reason", "  ")])
            #expect(refused.status == .unprocessableContent)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 1)
            let done = try await leader.post(
                "/admin/studies/quickscan/responses/\(id)/delete", form: [("_csrf", token), ("reason", "dubbel ingevuld door testpersoon")])
            #expect(done.status == .seeOther)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 0)
            let trail = try await setup.repositories.audit.events(studySlug: "quickscan", limit: 20)
            #expect(trail.contains { $0.entry.action == .responseDeleted && $0.entry.detail == "\(id): dubbel ingevuld door testpersoon" })
            #expect(try await leader.get("/admin/studies/quickscan/responses/\(id)").status == .notFound)
        }
    }

    @Test("closing: who started before may still send within the grace period; a new start, a forged start or a late send may not")
    func gracePeriod() async throws {
        try await TestApp.run { client, setup in
            var early = Browser(client)
            let fields = try await ExactlyOnceTests.reviewPage(&early)
            let lead = try await setup.services.studies.access("quickscan", as: .command("test"), for: .changeStatus)
            try await setup.services.studies.setStatus(lead, .closed)
            // A newcomer is turned away at the door and at the first step.
            var late = Browser(client)
            #expect(try await late.get("/s/quickscan").status == .gone)
            // A forged start stamp (any minute, no valid signature) does not open the door.
            let forged = fields.map { $0.0 == "_started" ? ($0.0, "1.AAAAAAAAAAAAAAAAAAAAAA") : $0 }
            let refused = try await early.post("/s/quickscan", form: forged + [("_action", "submit")])
            #expect(refused.status == .gone)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 0)
            // The one who started before the close sends, within the hour.
            let sent = try await early.post("/s/quickscan", form: fields + [("_action", "submit")])
            #expect(sent.status == .seeOther)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 1)
        }
    }

    @Test("after the grace period the respondent is told the answers were not saved")
    func afterGrace() async throws {
        let (database, cleanUp) = try await TestApp.freshDatabase()
        var configuration = TestApp.configuration(database)
        configuration.closeGracePeriod = .seconds(-1)
        do {
            let (app, setup) = try await buildApplicationWithSetup(configuration)
            try await app.test(.router) { client in
                var early = Browser(client)
                let fields = try await ExactlyOnceTests.reviewPage(&early)
                let lead = try await setup.services.studies.access("quickscan", as: .command("test"), for: .changeStatus)
                try await setup.services.studies.setStatus(lead, .closed)
                let refused = try await early.post("/s/quickscan", form: fields + [("_action", "submit")])
                #expect(refused.status == .gone)
                #expect(refused.text.contains("niet opgeslagen"))
                #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 0)
            }
        } catch {
            await cleanUp()
            throw error
        }
        await cleanUp()
    }

    @Test("test mode opens a closed questionnaire for members")
    func previewClosed() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            let lead = try await setup.services.studies.access("quickscan", as: .command("test"), for: .changeStatus)
            try await setup.services.studies.setStatus(lead, .closed)
            var cody = try await Workspace.browser(client, "cody")
            _ = try await cody.get("/admin/studies/quickscan/preview")
            #expect(try await cody.get("/s/quickscan").status == .ok)
            let sent = try await Self.sendReview(&cody)
            #expect(sent.status == .seeOther)
            #expect(try await setup.repositories.responses.summaries(studySlug: "quickscan", test: true).count == 1)
        }
    }
}
